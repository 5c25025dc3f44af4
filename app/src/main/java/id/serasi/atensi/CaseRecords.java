package id.serasi.atensi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The repositories of everything written into a case file, held together for the use cases that write and read it. */
@Component
class CaseRecords {

    final AssessmentRepository assessments;
    final InterventionPlanRepository plans;
    final ApprovalDecisionRepository decisions;
    final CaseConferenceRepository conferences;
    final ServiceDeliveryRepository deliveries;
    final ProgressReportRepository progressReports;
    final EvaluationRepository evaluations;
    final TerminationRepository terminations;
    final SkmResponseRepository surveys;
    final AfterCareVisitRepository visits;
    final CaseNoteRepository notes;
    final AttachmentRepository attachments;
    final EscalationRepository escalations;
    private final CaseIndexing indexing;

    CaseRecords(AssessmentRepository assessments, InterventionPlanRepository plans,
                ApprovalDecisionRepository decisions, CaseConferenceRepository conferences,
                ServiceDeliveryRepository deliveries, ProgressReportRepository progressReports,
                EvaluationRepository evaluations, TerminationRepository terminations, SkmResponseRepository surveys,
                AfterCareVisitRepository visits, CaseNoteRepository notes, AttachmentRepository attachments,
                EscalationRepository escalations, CaseIndexing indexing) {
        this.assessments = assessments;
        this.plans = plans;
        this.decisions = decisions;
        this.conferences = conferences;
        this.deliveries = deliveries;
        this.progressReports = progressReports;
        this.evaluations = evaluations;
        this.terminations = terminations;
        this.surveys = surveys;
        this.visits = visits;
        this.notes = notes;
        this.attachments = attachments;
        this.escalations = escalations;
        this.indexing = indexing;
    }

    /** A revision of the intervention plan; its service forms become a search facet of the case. */
    InterventionPlan plan(AtensiCase c, InterventionPlan plan) {
        InterventionPlan saved = plans.save(plan);
        indexing.changed(c);
        return saved;
    }

    /** A note in the case file, searchable with the case once the transaction commits. */
    CaseNote note(AtensiCase c, String author, Instant at, String text) {
        CaseNote note = notes.save(new CaseNote(c.getId(), author, at, text));
        indexing.changed(c);
        return note;
    }

    Optional<Termination> latestTermination(AtensiCase c) {
        List<Termination> all = terminations.findByCaseIdOrderByCreatedAtAscIdAsc(c.getId());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
