package id.serasi.operations.workflow;

import java.util.function.LongSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the engine tells operations: how many jobs have failed for good (incidents an admin must resolve). */
@Configuration
class EngineFigures {

    @Bean
    LongSupplier failedJobs(RuntimeService runtime) {
        return () -> runtime.createIncidentQuery().count();
    }
}
