package id.serasi.atensi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.serasi.ProcessTests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/atensi-rehabilitation.bpmn: each gateway outcome, each timer, each interrupting event. */
@Deployment(resources = {"processes/atensi-rehabilitation.bpmn", "processes/atensi-triage.dmn"})
class AtensiProcessTest {

    @RegisterExtension
    final ProcessEngineExtension engine = ProcessTests.engine();

    static final Instant START = Instant.parse("2026-11-02T02:00:00Z");

    final List<String> escalated = new ArrayList<>();
    final List<String> triaged = new ArrayList<>();
    boolean duplicate;

    /** Deadlines in whole days after the engine's clock: the real calendar is tested on its own. */
    public static class FixedDays {
        public Date dueIn(String unit, Object days) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(((Number) days).longValue())));
        }
    }

    public static class Settings {
        public String progressReportCycle() {
            return "R/P30D";
        }

        public String afterCareInterval() {
            return "P30D";
        }
    }

    public static class Plans {
        public List<String> serviceForms(Object caseId) {
            return List.of("THERAPY", "FAMILY_SUPPORT");
        }
    }

    @BeforeEach
    void beans() {
        ProcessTests.pointAssertionsAt(engine);
        ClockUtil.setCurrentTime(Date.from(START));
        Mocks.register("workingDays", new FixedDays());
        Mocks.register("atensiSettings", new Settings());
        Mocks.register("approvedPlans", new Plans());
        Mocks.register("checkingIdentity", (JavaDelegate) e -> {
            if (duplicate) {
                throw new BpmnError(CheckingIdentity.ERROR_DUPLICATE_CASE);
            }
        });
        Mocks.register("recordingTriage", (JavaDelegate) e -> triaged.add((String) e.getVariable("priority")));
        Mocks.register("escalatingMissedDeadline", (JavaDelegate) e -> escalated.add(e.getCurrentActivityId()));
    }

    @AfterEach
    void reset() {
        ProcessTests.resetAssertions();
        Mocks.reset();
        ClockUtil.reset();
    }

    ProcessInstance start(Map<String, Object> overrides) {
        Map<String, Object> variables = new java.util.HashMap<>(withVariables("caseId", 7L, "unitCode", "handayani",
                "targetGroup", "PPKS_LAIN", "vulnerable", false, "age", 35, "emergency", false));
        variables.putAll(overrides);
        return runtimeService().startProcessInstanceByKey(AtensiProcess.PROCESS_KEY, "ATN-2026-000007", variables);
    }

    ProcessInstance start() {
        return start(Map.of());
    }

    void approvedPlanReached(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("UserTask_AssessEligibility");
        complete(task(pi), withVariables("eligible", true));
        complete(task("UserTask_Assessment", pi));
        complete(task("UserTask_InterventionPlan", pi), withVariables("conferenceNeeded", false));
        complete(task("UserTask_ApprovePlan", pi), withVariables("planDecision", "APPROVED"));
    }

    void deliverAll(ProcessInstance pi) {
        List<Task> deliveries = taskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("UserTask_DeliverService").list();
        assertThat(deliveries).hasSize(2);
        deliveries.forEach(t -> taskService().complete(t.getId()));
    }

    void terminatedAndSurveyed(ProcessInstance pi) {
        complete(task("UserTask_Evaluation", pi), withVariables("goalsMet", true));
        complete(task("UserTask_Termination", pi));
        complete(task("UserTask_ApproveTermination", pi), withVariables("terminationDecision", "APPROVED"));
        complete(task("UserTask_SkmSurvey", pi));
        assertThat(pi).isWaitingAt("TimerEvent_AfterCareDue");
        execute(job("TimerEvent_AfterCareDue", pi));
    }

    @Test
    void caseRunsFromIntakeToClosure() {
        ProcessInstance pi = start();
        assertThat(triaged).containsExactly("SEDANG");
        assertThat(task(pi)).hasCandidateGroup("social-worker:handayani").hasFormKey("serasi:eligibility");
        approvedPlanReached(pi);
        assertThat(pi).isWaitingAt("UserTask_DeliverService");
        deliverAll(pi);
        terminatedAndSurveyed(pi);
        complete(task("UserTask_AfterCareVisit", pi), withVariables("afterCareOutcome", "COMPLETE"));
        assertThat(pi).hasPassedInOrder("ServiceTask_CheckIdentity", "BusinessRuleTask_Triage", "UserTask_Assessment",
                "UserTask_ApprovePlan", "UserTask_Evaluation", "UserTask_SkmSurvey", "EndEvent_CaseCompleted",
                "EndEvent_CaseClosed").isEnded();
        assertThat(escalated).isEmpty();
    }

    @Test
    void supervisorApprovesAndUnitTasksGoToTheUnit() {
        ProcessInstance pi = start(Map.of("unitCode", "paramita"));
        complete(task(pi), withVariables("eligible", true));
        complete(task("UserTask_Assessment", pi));
        complete(task("UserTask_InterventionPlan", pi), withVariables("conferenceNeeded", false));
        assertThat(task("UserTask_ApprovePlan", pi)).hasCandidateGroup("supervisor:paramita")
                .hasDueDate(Date.from(START.plus(Duration.ofDays(5))));
    }

    @Test
    void duplicateFoundClosesTheCase() {
        duplicate = true;
        ProcessInstance pi = start();
        assertThat(pi).hasPassed("BoundaryEvent_DuplicateFound", "EndEvent_Duplicate", "EndEvent_CaseClosed").isEnded();
    }

    @Test
    void notEligibleIsReferredOut() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("eligible", false));
        assertThat(pi).isWaitingAt("UserTask_ReferOut");
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_Referred").isEnded();
    }

    @Test
    void emergencyIsTriagedFirstAndGetsShortDeadlines() {
        ProcessInstance pi = start(Map.of("emergency", true));
        assertThat(triaged).containsExactly("DARURAT");
        assertThat(task(pi)).hasDueDate(Date.from(START.plus(Duration.ofDays(1))));
    }

    @Test
    void caseConferenceWhenThePlanNeedsOne() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("eligible", true));
        complete(task("UserTask_Assessment", pi));
        complete(task("UserTask_InterventionPlan", pi), withVariables("conferenceNeeded", true));
        assertThat(pi).isWaitingAt("UserTask_CaseConference");
        complete(task(pi));
        assertThat(pi).isWaitingAt("UserTask_ApprovePlan");
    }

    @Test
    void returnedPlanGoesBackToThePlanAndIsApprovedAgain() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("eligible", true));
        complete(task("UserTask_Assessment", pi));
        complete(task("UserTask_InterventionPlan", pi), withVariables("conferenceNeeded", false));
        complete(task("UserTask_ApprovePlan", pi), withVariables("planDecision", "RETURNED"));
        assertThat(pi).isWaitingAt("UserTask_InterventionPlan");
        complete(task(pi), withVariables("conferenceNeeded", false));
        complete(task("UserTask_ApprovePlan", pi), withVariables("planDecision", "APPROVED"));
        assertThat(pi).isWaitingAt("UserTask_DeliverService");
    }

    @Test
    void rejectedPlanClosesTheCase() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("eligible", true));
        complete(task("UserTask_Assessment", pi));
        complete(task("UserTask_InterventionPlan", pi), withVariables("conferenceNeeded", false));
        complete(task("UserTask_ApprovePlan", pi), withVariables("planDecision", "REJECTED"));
        assertThat(pi).hasPassed("EndEvent_PlanRejected").isEnded();
    }

    @Test
    void goalsNotMetLeadToARevisedPlanApprovedAgain() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        deliverAll(pi);
        complete(task("UserTask_Evaluation", pi), withVariables("goalsMet", false));
        assertThat(pi).isWaitingAt("UserTask_InterventionPlan");
        complete(task(pi), withVariables("conferenceNeeded", false));
        complete(task("UserTask_ApprovePlan", pi), withVariables("planDecision", "APPROVED"));
        assertThat(pi).isWaitingAt("UserTask_DeliverService");
    }

    @Test
    void returnedTerminationGoesBackToTermination() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        deliverAll(pi);
        complete(task("UserTask_Evaluation", pi), withVariables("goalsMet", true));
        complete(task("UserTask_Termination", pi));
        complete(task("UserTask_ApproveTermination", pi), withVariables("terminationDecision", "RETURNED"));
        assertThat(pi).isWaitingAt("UserTask_Termination");
    }

    @Test
    void afterCareContinuesWithAnotherVisitOnTheNextTimer() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        deliverAll(pi);
        terminatedAndSurveyed(pi);
        complete(task("UserTask_AfterCareVisit", pi), withVariables("afterCareOutcome", "CONTINUE"));
        assertThat(pi).isWaitingAt("TimerEvent_AfterCareDue");
        assertThat(job("TimerEvent_AfterCareDue", pi).getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(30))));
    }

    @Test
    void relapseDuringAfterCareReopensAtAssessment() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        deliverAll(pi);
        terminatedAndSurveyed(pi);
        complete(task("UserTask_AfterCareVisit", pi), withVariables("afterCareOutcome", "RELAPSE"));
        assertThat(pi).isWaitingAt("UserTask_Assessment");
    }

    @Test
    void missedDeadlinesEscalateWithoutStoppingTheWork() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("eligible", true));
        execute(job("BoundaryEvent_AssessmentOverdue", pi));
        assertThat(pi).isWaitingAt("UserTask_Assessment");
        complete(task(pi));
        execute(job("BoundaryEvent_PlanOverdue", pi));
        assertThat(pi).isWaitingAt("UserTask_InterventionPlan");
        complete(task(pi), withVariables("conferenceNeeded", false));
        execute(job("BoundaryEvent_ApprovalOverdue", pi));
        assertThat(pi).isWaitingAt("UserTask_ApprovePlan");
        assertThat(escalated).containsExactly("ServiceTask_EscalateAssessment", "ServiceTask_EscalatePlan",
                "ServiceTask_EscalateApproval");
    }

    @Test
    void progressReportsFallDueDuringInterventionWithoutStoppingIt() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        execute(job("BoundaryEvent_ProgressReportDue", pi));
        assertThat(pi).isWaitingAt("UserTask_DeliverService", "UserTask_ProgressReport");
        complete(task("UserTask_ProgressReport", pi));
        assertThat(job("BoundaryEvent_ProgressReportDue", pi)).isNotNull();
        deliverAll(pi);
        assertThat(pi).isWaitingAt("UserTask_Evaluation");
    }

    @Test
    void transferInterruptsAndTheReceivingUnitReassesses() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        runtimeService().createMessageCorrelation(AtensiProcess.MESSAGE_TRANSFERRED).processInstanceId(pi.getId())
                .setVariable("unitCode", "paramita").setVariable("transferred", true).correlate();
        assertThat(pi).isWaitingAt("UserTask_AcceptTransfer");
        assertThat(task(pi)).hasCandidateGroup("supervisor:paramita");
        complete(task(pi));
        assertThat(pi).isWaitingAt("UserTask_Assessment");
        assertThat(task(pi)).hasCandidateGroup("social-worker:paramita");
        assertThat(triaged).hasSize(1);
    }

    @Test
    void deathOrWithdrawalEndsTheCaseWhereverItStands() {
        ProcessInstance pi = start();
        approvedPlanReached(pi);
        runtimeService().createMessageCorrelation(AtensiProcess.MESSAGE_ENDED_EARLY).processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).hasPassed("EndEvent_CaseEndedEarly").isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
