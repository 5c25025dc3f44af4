package id.serasi.atensi;

import id.serasi.audit.AuditEvent;
import id.serasi.tasks.TaskInfo;
import java.util.List;

/** Everything in one case's file, as its unit's staff may read it; {@code family}: other cases on the same KK they may open. */
public record CaseFile(AtensiCase atensiCase, List<Assessment> assessments, List<InterventionPlan> plans,
                       List<ApprovalDecision> decisions, List<CaseConference> conferences,
                       List<ServiceDelivery> deliveries, List<ProgressReport> progressReports,
                       List<Evaluation> evaluations, List<Termination> terminations, List<SkmResponse> surveys,
                       List<AfterCareVisit> visits, List<CaseNote> notes, List<Attachment> attachments,
                       List<Escalation> escalations, List<AuditEvent> history, List<TaskInfo> openTasks,
                       List<AtensiCase> family, List<ProcessStep> steps) {

    public InterventionPlan latestPlan() {
        return plans.isEmpty() ? null : plans.get(plans.size() - 1);
    }

    public Assessment latestAssessment() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    public Termination latestTermination() {
        return terminations.isEmpty() ? null : terminations.get(terminations.size() - 1);
    }
}
