package id.serasi;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The isolated engine of the process tests ({@code process-tests.cfg.xml}), kept apart from the Spring tests'
 * engine in the same JVM: the assertions are pointed at it explicitly instead of at "the" registered engine.
 */
public final class ProcessTests {

    private ProcessTests() {
    }

    private static ProcessEngine engine;

    /** One engine for all process test classes, built on first use. */
    public static synchronized ProcessEngineExtension engine() {
        if (engine == null) {
            engine = ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-tests.cfg.xml")
                    .buildProcessEngine();
        }
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    public static void pointAssertionsAt(ProcessEngineExtension extension) {
        BpmnAwareTests.init(extension.getProcessEngine());
    }

    public static void resetAssertions() {
        BpmnAwareTests.reset();
    }
}
