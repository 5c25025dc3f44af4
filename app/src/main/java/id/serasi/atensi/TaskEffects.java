package id.serasi.atensi;

import id.serasi.security.Staff;
import id.serasi.tasks.TaskInfo;
import id.serasi.tasks.workflow.TaskEngine;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What each ATENSI form writes into the case file, and the process variables its gateways decide on.
 * The variable names here are the ones the model's conditions read.
 */
@Component
class TaskEffects {

    static final String ELIGIBLE = "eligible";
    static final String CONFERENCE_NEEDED = "conferenceNeeded";
    static final String PLAN_DECISION = "planDecision";
    static final String GOALS_MET = "goalsMet";
    static final String TERMINATION_DECISION = "terminationDecision";
    static final String AFTER_CARE_OUTCOME = "afterCareOutcome";
    static final String SERVICE_FORM = "serviceForm";

    private final CaseRecords records;
    private final TaskEngine engine;

    TaskEffects(CaseRecords records, TaskEngine engine) {
        this.records = records;
        this.engine = engine;
    }

    Map<String, Object> apply(AtensiCase c, TaskInfo task, TaskInput input, Staff staff) {
        Map<String, Object> variables = new HashMap<>();
        String who = staff.username();
        Instant now = Instant.now();
        if (input instanceof TaskInput.Eligibility in) {
            c.recordEligibility(in.eligible(), in.note());
            variables.put(ELIGIBLE, in.eligible());
        } else if (input instanceof TaskInput.Referral in) {
            c.referTo(in.referredTo());
            records.note(c, who, now, "Rujukan: " + in.reason());
        } else if (input instanceof TaskInput.Assessment in) {
            records.assessments.save(new Assessment(c.getId(), who, now, in.problem(), in.family(), in.environment(),
                    in.strengths(), in.needs(), in.risks()));
        } else if (input instanceof TaskInput.Plan in) {
            int revision = records.plans.findFirstByCaseIdOrderByRevisionDesc(c.getId())
                    .map(InterventionPlan::getRevision).orElse(0) + 1;
            records.plan(c, new InterventionPlan(c.getId(), who, now, revision, in.goals(), in.serviceForms(),
                    in.setting(), in.team(), in.schedule(), in.successIndicators()));
            variables.put(CONFERENCE_NEEDED, in.conferenceNeeded());
        } else if (input instanceof TaskInput.Conference in) {
            records.conferences.save(new CaseConference(c.getId(), who, now, in.participants(), in.summary()));
        } else if (input instanceof TaskInput.PlanDecision in) {
            InterventionPlan plan = records.plans.findFirstByCaseIdOrderByRevisionDesc(c.getId())
                    .orElseThrow(() -> new IllegalStateException("no plan to decide on for " + c.getCaseNumber()));
            if (plan.getAuthor().equals(who)) {
                throw new Refusal("approval.ownPlan");
            }
            plan.decide(in.decision());
            records.decisions.save(new ApprovalDecision(c.getId(), who, now, ApprovalSubject.INTERVENTION_PLAN,
                    plan.getId(), in.decision(), in.reasons()));
            variables.put(PLAN_DECISION, in.decision().name());
        } else if (input instanceof TaskInput.Delivery in) {
            ServiceForm form = ServiceForm.valueOf((String) engine.variable(task.id(), SERVICE_FORM));
            records.deliveries.save(new ServiceDelivery(c.getId(), who, now, form, in.deliveredOn(), in.activities()));
        } else if (input instanceof TaskInput.Progress in) {
            records.progressReports.save(new ProgressReport(c.getId(), who, now, in.progress(), in.nextSteps()));
        } else if (input instanceof TaskInput.Evaluation in) {
            records.evaluations.save(new Evaluation(c.getId(), who, now, in.goalsMet(), in.summary()));
            variables.put(GOALS_MET, in.goalsMet());
        } else if (input instanceof TaskInput.Termination in) {
            records.terminations.save(new Termination(c.getId(), who, now, in.reason(), in.notes()));
        } else if (input instanceof TaskInput.TerminationDecision in) {
            Termination termination = records.latestTermination(c)
                    .orElseThrow(() -> new IllegalStateException("no termination to decide on for " + c.getCaseNumber()));
            if (termination.getAuthor().equals(who)) {
                throw new Refusal("approval.ownTermination");
            }
            records.decisions.save(new ApprovalDecision(c.getId(), who, now, ApprovalSubject.TERMINATION,
                    termination.getId(), in.decision(), in.reasons()));
            variables.put(TERMINATION_DECISION, in.decision().name());
        } else if (input instanceof TaskInput.Survey in) {
            records.surveys.save(new SkmResponse(c.getId(), who, now, in.answers(), in.suggestions()));
        } else if (input instanceof TaskInput.AfterCare in) {
            records.visits.save(new AfterCareVisit(c.getId(), who, now, in.visitedOn(), in.outcome(), in.notes()));
            variables.put(AFTER_CARE_OUTCOME, in.outcome().name());
        } else if (input instanceof TaskInput.TransferAcceptance in) {
            records.note(c, who, now, "Kasus pindahan diterima: " + in.notes());
        }
        return variables;
    }
}
