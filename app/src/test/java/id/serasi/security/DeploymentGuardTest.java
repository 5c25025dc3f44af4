package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
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
    @Autowired ProcessEngine engine;

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
                .hasMessageContaining("skrip tidak diizinkan").hasMessageContaining("scripts are not allowed");
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
                .hasMessageContaining("properti 'runtimeService'");
        assertThatThrownBy(() -> deploy(withServiceTask("${execution}"))).hasMessageContaining("menjangkau engine");
        assertThatThrownBy(() -> deploy(withServiceTask("${''.getClass().forName('java.lang.Runtime')}")))
                .hasMessageContaining("tidak diizinkan");
    }

    /** The spellings that went past the word list the guard used to keep: each would have run. */
    @Test
    void expressionsSpelledToDodgeAWordListAreRefused() {
        for (String dodge : new String[] {
                "${execution['process'.concat('EngineServices')].runtimeService}",
                "${''['getCl'.concat('ass')]()['for'.concat('Name')]('java.lang.System').exit(0)}",
                "${'}'.concat(execution.getProcessEngineServices())}",
                "${workingDays['class']}",
                "${workingDays.dueIn(unitCode, execution.processEngine)}",
                "${decisionResult.getSingleResult().getClass()}",
                "${execution.getVariable(execution.getId())}",
                "${task.execution}",
                "${workingDays.wait()}",
                "${workingDays.getClass()}",
                "${atensiSettings.getTargetSource()}",
        }) {
            assertThatThrownBy(() -> deploy(withServiceTask(dodge))).as(dodge).hasMessageContaining("Task_Call");
        }
        // the engine itself refuses a function it does not know; the guard refuses the ones it does
        assertThatThrownBy(() -> deploy(withServiceTask("${fn:exec('id')}"))).hasMessageContaining("fn:exec");
        assertThatThrownBy(() -> deploy(withServiceTask("${now()}"))).hasMessageContaining("Task_Call");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("analyst-model").count()).isZero();
    }

    /** A past timer start and a shell behaviour class: the job executor would run the command at once. */
    @Test
    void javaClassesAreRefusedWhereverAModelNamesThem() {
        BpmnModelInstance shell = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent().timerWithDate("2020-01-01T00:00:00")
                .serviceTask("Task_Shell").camundaClass("org.camunda.bpm.engine.impl.bpmn.behavior.ShellActivityBehavior")
                .endEvent().done();
        assertThatThrownBy(() -> deploy(shell)).hasMessageContaining("Task_Shell")
                .hasMessageContaining("atribut 'class' tidak diizinkan");
        BpmnModelInstance listener = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent("Start").camundaExecutionListenerClass("start", "java.lang.Thread").endEvent().done();
        assertThatThrownBy(() -> deploy(listener)).hasMessageContaining("Start/executionListener")
                .hasMessageContaining("'class'");
        BpmnModelInstance delegate = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent().serviceTask("Task_Delegate").camundaDelegateExpression("${runtimeService}")
                .endEvent().done();
        assertThatThrownBy(() -> deploy(delegate)).hasMessageContaining("bukan bean Serasi");
        BpmnModelInstance external = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent().serviceTask("Task_External").camundaExternalTask("topic").endEvent().done();
        assertThatThrownBy(() -> deploy(external)).hasMessageContaining("Task_External");
    }

    /** A form handler class was created while the engine parsed the model, before any check could refuse it. */
    @Test
    void noClassIsCreatedWhileAModelIsRead() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://serasi.id">
                  <bpmn:process id="analyst-model" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_Form" camunda:formHandlerClass="id.serasi.security.FormHandlerProbe" />
                  </bpmn:process>
                </bpmn:definitions>
                """.strip();
        assertThatThrownBy(() -> repository.createDeployment().addString("analyst.bpmn", model).deploy())
                .hasMessageContaining("StartEvent_Form").hasMessageContaining("'formHandlerClass'");
        assertThat(System.getProperty("serasi.formHandlerProbe")).isNull();
    }

    /** A form key naming a file of the deployment would have the engine serve that file as a page of Serasi's. */
    @Test
    void formKeysAreSerasisFormsOnly() {
        BpmnModelInstance page = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent().userTask("Task_Page").camundaFormKey("embedded:deployment:page.bpmn").endEvent().done();
        assertThatThrownBy(() -> deploy(page)).hasMessageContaining("Task_Page").hasMessageContaining("formKey");
        BpmnModelInstance ours = Bpmn.createExecutableProcess("analyst-model").camundaHistoryTimeToLive(30)
                .startEvent().userTask("Task_Ours").camundaFormKey("serasi:assessment").endEvent().done();
        deploy(ours);
    }

    @Test
    void filesOtherThanModelsAreRefused() {
        assertThatThrownBy(() -> repository.createDeployment().addString("case.cmmn", "<definitions/>").deploy())
                .hasMessageContaining("case.cmmn").hasMessageContaining("hanya model BPMN dan DMN");
        assertThatThrownBy(() -> repository.createDeployment().addString("form.form", "{}").deploy())
                .hasMessageContaining("form.form");
        assertThatThrownBy(() -> repository.createDeployment().addString("run.js", "1").deploy())
                .hasMessageContaining("run.js");
        // the engine picks deployers by the exact ending: this one would be stored unread, and served as a form
        assertThatThrownBy(() -> repository.createDeployment().addString("page.BPMN", "<html/>").deploy())
                .hasMessageContaining("page.BPMN");
    }

    @Test
    void allowListedBeansAndVariablesDeploy() {
        deploy(withServiceTask("${workingDays.dueIn(unitCode, 3)}"));
        deploy(withServiceTask("${execution.getVariable('transferred') == true && !eligible ? 'a' : 'b'}"));
        deploy(withServiceTask("${decisionResult.getSingleResult().priority}"));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("analyst-model").count()).isPositive();
    }

    /** Should a model slip past the guard, its expressions still resolve no bean outside the allow-list. */
    @Test
    void atRunTimeExpressionsResolveOnlyTheAllowedBeans() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var expressions = configuration.getExpressionManager();
        Function<String, Object> evaluate = text -> configuration.getCommandExecutorTxRequired().execute(context ->
                expressions.createExpression(text).getValue(StartProcessVariableScope.getSharedInstance()));
        assertThat(evaluate.apply("${workingDays}")).isNotNull();
        assertThatThrownBy(() -> evaluate.apply("${runtimeService}")).hasMessageContaining("runtimeService");
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
