package id.serasi.whistleblowing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.serasi.ProcessTests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/whistleblowing.bpmn: each gateway outcome, the reporter's answer or silence, each timer. */
@Deployment(resources = {"processes/whistleblowing.bpmn", "processes/whistleblowing-classification.dmn"})
class WhistleblowingProcessTest {

    @RegisterExtension
    final ProcessEngineExtension engine = ProcessTests.engine();

    static final Instant START = Instant.parse("2026-11-02T02:00:00Z");

    final List<String> called = new ArrayList<>();

    /** Deadlines in whole days after the engine's clock: the real calendar is tested on its own. */
    public static class FixedDays {
        public Date centralDueIn(Object days) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(((Number) days).longValue())));
        }
    }

    public static class Settings {
        public String answerPeriod() {
            return "P10D";
        }
    }

    @BeforeEach
    void beans() {
        ProcessTests.pointAssertionsAt(engine);
        ClockUtil.setCurrentTime(Date.from(START));
        Mocks.register("workingDays", new FixedDays());
        Mocks.register("whistleblowingSettings", new Settings());
        for (String bean : List.of("informingReporter", "routingComplaint", "closingIncompleteReport",
                "escalatingReportDeadline")) {
            Mocks.register(bean, (JavaDelegate) e -> called.add(bean + "@" + e.getCurrentActivityId()));
        }
    }

    @AfterEach
    void reset() {
        ProcessTests.resetAssertions();
        Mocks.reset();
        ClockUtil.reset();
    }

    ProcessInstance receive() {
        return runtimeService().startProcessInstanceByKey(WhistleblowingProcess.PROCESS_KEY, "WBS-2026-000001",
                withVariables("reportId", 1L, "category", "GRATIFIKASI"));
    }

    void screenedComplete(ProcessInstance pi, String severity) {
        complete(task("UserTask_ScreenReport", pi), withVariables("screening", "COMPLETE", "severity", severity));
    }

    void assigned(ProcessInstance pi, String investigator) {
        complete(task("UserTask_AssignInvestigator", pi), withVariables("investigator", investigator));
        assertThat(task("UserTask_DeclareConflict", pi)).isAssignedTo(investigator);
    }

    @Test
    void reportRunsFromReceiptToClosure() {
        ProcessInstance pi = receive();
        assertThat(task(pi)).hasCandidateGroup("investigation-lead").hasFormKey("serasi:wbs-screening")
                .hasDueDate(Date.from(START.plus(Duration.ofDays(3))));
        screenedComplete(pi, "SEDANG");
        assertThat(pi).variables().containsEntry("investigationDays", 20).containsEntry("approvalDays", 3)
                .containsEntry("followUpDays", 10).containsEntry("assignmentDays", 2);
        assertThat(task(pi)).hasCandidateGroup("investigation-lead").hasFormKey("serasi:wbs-assignment");
        assigned(pi, "nur.hidayah");
        complete(task(pi), withVariables("conflictFree", true));
        assertThat(task("UserTask_Investigate", pi)).isAssignedTo("nur.hidayah")
                .hasDueDate(Date.from(START.plus(Duration.ofDays(20))));
        complete(task(pi));
        assertThat(task("UserTask_Conclude", pi)).isAssignedTo("nur.hidayah");
        complete(task(pi));
        assertThat(task("UserTask_ApproveConclusion", pi)).hasCandidateGroup("investigation-lead");
        complete(task(pi), withVariables("conclusionApproved", true));
        assertThat(task("UserTask_FollowUp", pi)).isAssignedTo("nur.hidayah");
        complete(task(pi));
        assertThat(pi).hasPassedInOrder("StartEvent_ReportReceived", "UserTask_ScreenReport",
                "BusinessRuleTask_Classify", "UserTask_AssignInvestigator", "UserTask_DeclareConflict",
                "UserTask_Investigate", "UserTask_Conclude", "UserTask_ApproveConclusion", "UserTask_FollowUp",
                "ServiceTask_InformReporter", "EndEvent_ReportClosed").isEnded();
        assertThat(called).containsExactly("informingReporter@ServiceTask_InformReporter");
    }

    @Test
    void incompleteReportWaitsForTheReporterAndIsScreenedAgain() {
        ProcessInstance pi = receive();
        complete(task(pi), withVariables("screening", "INCOMPLETE"));
        assertThat(pi).isWaitingAt("EventGateway_AwaitReporter");
        runtimeService().createMessageCorrelation(WhistleblowingProcess.MESSAGE_REPORTER_ANSWERED)
                .processInstanceBusinessKey("WBS-2026-000001").correlate();
        assertThat(task(pi)).hasDefinitionKey("UserTask_ScreenReport");
        screenedComplete(pi, "RINGAN");
        assertThat(pi).isWaitingAt("UserTask_AssignInvestigator").variables().containsEntry("investigationDays", 40);
        assertThat(called).isEmpty();
    }

    @Test
    void silenceForTenDaysClosesTheReportAsIncomplete() {
        ProcessInstance pi = receive();
        complete(task(pi), withVariables("screening", "INCOMPLETE"));
        assertThat(job("Event_NoAnswer", pi).getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(10))));
        execute(job("Event_NoAnswer", pi));
        assertThat(pi).hasPassed("ServiceTask_CloseIncomplete", "EndEvent_ClosedIncomplete").isEnded();
        assertThat(called).containsExactly("closingIncompleteReport@ServiceTask_CloseIncomplete");
    }

    @Test
    void outOfScopeReportIsRoutedAsAPublicServiceComplaint() {
        ProcessInstance pi = receive();
        complete(task(pi), withVariables("screening", "OUT_OF_SCOPE"));
        assertThat(pi).hasPassed("ServiceTask_RouteComplaint", "EndEvent_RoutedAsComplaint")
                .hasNotPassed("BusinessRuleTask_Classify").isEnded();
        assertThat(called).containsExactly("routingComplaint@ServiceTask_RouteComplaint");
    }

    @Test
    void investigatorWithAConflictIsReplaced() {
        ProcessInstance pi = receive();
        screenedComplete(pi, "BERAT");
        assigned(pi, "nur.hidayah");
        complete(task(pi), withVariables("conflictFree", false));
        assertThat(task(pi)).hasDefinitionKey("UserTask_AssignInvestigator");
        assigned(pi, "sari.rahmawati");
        complete(task(pi), withVariables("conflictFree", true));
        assertThat(task("UserTask_Investigate", pi)).isAssignedTo("sari.rahmawati")
                .hasDueDate(Date.from(START.plus(Duration.ofDays(15))));
    }

    @Test
    void returnedConclusionGoesBackToInvestigation() {
        ProcessInstance pi = receive();
        screenedComplete(pi, "SEDANG");
        assigned(pi, "nur.hidayah");
        complete(task(pi), withVariables("conflictFree", true));
        complete(task(pi));
        complete(task(pi));
        complete(task(pi), withVariables("conclusionApproved", false));
        assertThat(task(pi)).hasDefinitionKey("UserTask_Investigate").isAssignedTo("nur.hidayah");
        complete(task(pi));
        complete(task(pi));
        complete(task(pi), withVariables("conclusionApproved", true));
        assertThat(pi).isWaitingAt("UserTask_FollowUp");
    }

    @Test
    void missedDeadlinesAreEscalatedWithoutStoppingTheWork() {
        ProcessInstance pi = receive();
        execute(job("BoundaryEvent_ScreeningOverdue", pi));
        assertThat(pi).isWaitingAt("UserTask_ScreenReport");
        screenedComplete(pi, "SEDANG");
        assigned(pi, "nur.hidayah");
        complete(task(pi), withVariables("conflictFree", true));
        execute(job("BoundaryEvent_InvestigationOverdue", pi));
        assertThat(pi).isWaitingAt("UserTask_Investigate");
        assertThat(called).containsExactly("escalatingReportDeadline@ServiceTask_EscalateScreening",
                "escalatingReportDeadline@ServiceTask_EscalateInvestigation");
        complete(task(pi));
        assertThat(pi).isWaitingAt("UserTask_Conclude");
    }
}
