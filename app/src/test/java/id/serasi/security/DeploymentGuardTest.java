package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A model deployed to the running engine may not run scripts or reach beans outside the allow-list. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:guard;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false"})
class DeploymentGuardTest {

    @Autowired RepositoryService repository;

    void deploy(BpmnModelInstance model) {
        repository.createDeployment().name("analyst").addModelInstance("analyst.bpmn", model).deploy();
    }

    static BpmnModelInstance withServiceTask(String expression) {
        return Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30).startEvent()
                .serviceTask("Task_Call").camundaExpression(expression).endEvent().done();
    }

    @Test
    void scriptTasksAreRefusedWithAReasonForTheAnalyst() {
        BpmnModelInstance script = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent().scriptTask("Task_Script").scriptFormat("javascript").scriptText("java.lang.System.exit(1)")
                .endEvent().done();
        assertThatThrownBy(() -> deploy(script)).hasMessageContaining("Task_Script")
                .hasMessageContaining("skrip tidak diizinkan");
    }

    @Test
    void beansOutsideTheAllowListAreRefused() {
        assertThatThrownBy(() -> deploy(withServiceTask("${runtimeService.createProcessInstanceQuery().count()}")))
                .hasMessageContaining("bean 'runtimeService' di luar daftar");
        assertThatThrownBy(() -> deploy(withServiceTask("${registeringCase.toString()}")))
                .hasMessageContaining("registeringCase");
    }

    @Test
    void reachingTheEngineThroughTheExecutionIsRefused() {
        assertThatThrownBy(() -> deploy(withServiceTask("${execution.processEngineServices.runtimeService}")))
                .hasMessageContaining("menjangkau engine");
        assertThatThrownBy(() -> deploy(withServiceTask("${''.getClass().forName('java.lang.Runtime')}")))
                .hasMessageContaining("menjangkau engine");
    }

    @Test
    void allowListedBeansAndVariablesDeploy() {
        deploy(withServiceTask("${workingDays.dueIn(unitCode, 3)}"));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("analyst-model").count()).isPositive();
    }

    static String decision(String language) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="d" name="d" namespace="https://serasi.id">
                  <decision id="analyst-decision" name="d" camunda:historyTimeToLive="30">
                    <decisionTable id="t">
                      <input id="i"><inputExpression id="ie" typeRef="string" %s><text>x</text></inputExpression></input>
                      <output id="o" name="y" typeRef="string" />
                      <rule id="r"><inputEntry id="e"><text></text></inputEntry><outputEntry id="oe"><text>"ok"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(language).strip();
    }

    void deployDecision(String xml) {
        repository.createDeployment().name("analyst").addString("analyst.dmn", xml).deploy();
    }

    @Test
    void decisionTablesUseFeelOnly() {
        assertThatThrownBy(() -> deployDecision(decision("expressionLanguage=\"javascript\"")))
                .hasMessageContaining("analyst.dmn").hasMessageContaining("'javascript' tidak diizinkan, pakai FEEL");
        assertThatThrownBy(() -> deployDecision(decision("expressionLanguage=\"juel\"")))
                .hasMessageContaining("'juel' is not allowed, use FEEL");
        deployDecision(decision(""));
        deployDecision(decision("expressionLanguage=\"feel\"").replace("analyst-decision", "analyst-decision-2"));
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("analyst-decision").count())
                .isPositive();
    }
}
