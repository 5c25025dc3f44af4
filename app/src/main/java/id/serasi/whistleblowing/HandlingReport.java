package id.serasi.whistleblowing;

import id.serasi.atensi.Intake;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.Completion;
import id.serasi.tasks.TaskInfo;
import id.serasi.tasks.workflow.TaskConflict;
import id.serasi.tasks.workflow.TaskEngine;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The investigation team's work on a report: each task of the model with its form, notes, evidence and questions
 * to the reporter. The report is written and the task completed in one transaction, or neither happens. Tasks
 * offered to the lead are taken and completed in one step; when two leads act at once, one wins and the other is
 * told who did.
 */
@Component
public class HandlingReport {

    static final String LEAD_GROUP = Role.INVESTIGATION_LEAD.realmName();

    private final ReadingReport reading;
    private final ReportRepository reports;
    private final ReportRecords records;
    private final EvidenceIntake evidence;
    private final StaffDirectory directory;
    private final RegisteringCase registering;
    private final TaskEngine engine;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    HandlingReport(ReadingReport reading, ReportRepository reports, ReportRecords records, EvidenceIntake evidence,
                   StaffDirectory directory, RegisteringCase registering, TaskEngine engine, AuditTrail audit,
                   TransactionTemplate transaction) {
        this.registering = registering;
        this.reading = reading;
        this.reports = reports;
        this.records = records;
        this.evidence = evidence;
        this.directory = directory;
        this.engine = engine;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Whether the current task of the report is this member of staff's to do. */
    public boolean mayAct(TaskInfo task, Staff staff) {
        return engine.candidateGroups(task.id()).contains(LEAD_GROUP) ? staff.has(Role.INVESTIGATION_LEAD)
                : staff.username().equals(task.assignee());
    }

    /** Investigators the lead may choose for the report. */
    public List<Staff> eligibleInvestigators(String reportNumber, Staff lead) {
        return reading.readable(reportNumber, lead).map(r -> eligibleInvestigators(r, lead)).orElse(List.of());
    }

    private List<Staff> eligibleInvestigators(Report report, Staff lead) {
        return lead.has(Role.INVESTIGATION_LEAD) ? ReportAccess.eligibleInvestigators(report,
                directory.withRole(Role.INVESTIGATOR), records.conflicted(report.getId()), lead) : List.of();
    }

    public Completion complete(String reportNumber, ReportInput input, Staff staff) {
        Optional<Report> readable = reading.readable(reportNumber, staff);
        if (readable.isEmpty()) {
            return new Completion.Refused("report.notFound");
        }
        Report found = readable.get();
        Optional<TaskInfo> current = engine.openTasksOf(found.getProcessInstanceId()).stream().findFirst();
        if (current.isEmpty() || !input.formKey().equals(current.get().formKey())) {
            return new Completion.Gone();
        }
        TaskInfo task = current.get();
        if (!mayAct(task, staff)) {
            return new Completion.Refused("task.heldByOther");
        }
        List<FieldProblem> problems = input.problems();
        if (!problems.isEmpty()) {
            return new Completion.Invalid(problems);
        }
        if (input instanceof ReportInput.Assignment a && eligibleInvestigators(found, staff).stream()
                .noneMatch(s -> s.username().equals(a.investigator()))) {
            return new Completion.Invalid(List.of(new FieldProblem("investigator", "report.investigatorNotEligible")));
        }
        if (input instanceof ReportInput.ConclusionDecision && staff.username().equals(found.getInvestigator())) {
            return new Completion.Refused("report.ownConclusion");
        }
        try {
            return transaction.execute(status -> {
                Report report = reports.findById(found.getId()).orElseThrow();
                if (task.assignee() == null) {
                    engine.claim(task.id(), staff.username());
                }
                Map<String, Object> variables = apply(report, input, staff, Instant.now());
                engine.complete(task.id(), variables);
                audit.record(staff.username(), "TASK_COMPLETED", AuditTrail.WBS_REPORT, reportNumber, task.name());
                return new Completion.Completed(reportNumber);
            });
        } catch (TaskConflict conflict) {
            return conflict.kind() == TaskConflict.Kind.TAKEN && conflict.holder() != null
                    ? new Completion.Refused("report.handledByOther") : new Completion.Gone();
        }
    }

    private Map<String, Object> apply(Report report, ReportInput input, Staff staff, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        if (input instanceof ReportInput.Screening s) {
            variables.put("screening", s.result().name());
            switch (s.result()) {
                case COMPLETE -> {
                    report.screened(s.category(), s.severity(), ReportStatus.ASSIGNING, now);
                    variables.put("category", s.category().name());
                    variables.put("severity", s.severity().name());
                }
                case INCOMPLETE -> {
                    report.moveTo(ReportStatus.AWAITING_REPORTER, now);
                    records.addMessage(report.getId(), MessageKind.QUESTION, s.question().strip(), staff.username(), now);
                }
                case OUT_OF_SCOPE -> report.routeTo(s.routeToUnit(), s.complaintSummary().strip(), now);
            }
        } else if (input instanceof ReportInput.Assignment a) {
            report.assignTo(a.investigator(), now);
            variables.put("investigator", a.investigator());
        } else if (input instanceof ReportInput.ConflictDeclaration d) {
            records.declare(report.getId(), staff.username(), d.conflictFree(), d.statement(), now);
            if (d.conflictFree()) {
                report.moveTo(ReportStatus.INVESTIGATING, now);
            } else {
                report.assignTo(null, now);
            }
            variables.put("conflictFree", d.conflictFree());
        } else if (input instanceof ReportInput.Investigation i) {
            report.recordFindings(i.findings().strip(), now);
        } else if (input instanceof ReportInput.ConclusionDraft c) {
            report.conclude(c.conclusion(), c.reasons().strip(), c.recommendation().strip(), now);
        } else if (input instanceof ReportInput.ConclusionDecision d) {
            report.moveTo(d.approved() ? ReportStatus.FOLLOW_UP : ReportStatus.INVESTIGATING, now);
            if (!d.approved()) {
                records.addNote(report.getId(), staff.username(), "Kesimpulan dikembalikan / conclusion returned: "
                        + d.reasons().strip(), now);
            }
            variables.put("conclusionApproved", d.approved());
        } else if (input instanceof ReportInput.FollowUp f) {
            report.followedUp(f.followUp().strip(), f.outcomeForReporter().strip(), now);
        }
        return variables;
    }

    /** Whether the form for a protective case may be offered: an open report this person may read. */
    public boolean mayOpenProtectiveCase(String reportNumber, Staff staff) {
        return reading.readable(reportNumber, staff).filter(r -> r.getStatus().isOpen()).isPresent();
    }

    /**
     * A report about harm to a beneficiary opens a protective ATENSI case in the unit that should act. The case
     * shows neither the report nor the reporter; the report's audit trail records which case was opened, by whom.
     */
    public Registration openProtectiveCase(String reportNumber, BeneficiaryDetails person, Intake intake,
                                           String unitCode, boolean confirmedNotDuplicate, Staff staff) {
        if (!mayOpenProtectiveCase(reportNumber, staff)) {
            return new Registration.NotAllowed("report.notFound");
        }
        return transaction.execute(status -> {
            Registration result = registering.registerReferral(person, intake, unitCode, confirmedNotDuplicate, staff);
            if (result instanceof Registration.Registered registered) {
                audit.record(staff.username(), "PROTECTIVE_CASE_OPENED", AuditTrail.WBS_REPORT, reportNumber,
                        registered.caseNumber() + " in " + unitCode);
            }
            return result;
        });
    }

    /** An investigation note; never shown to the reporter. */
    public Optional<List<FieldProblem>> addNote(String reportNumber, String text, Staff staff) {
        return act(reportNumber, staff, new Problems().text("note", text, ReportLimits.REPORT_TEXT).list(), report -> {
            records.addNote(report.getId(), staff.username(), text.strip(), Instant.now());
            audit.record(staff.username(), "NOTE_ADDED", AuditTrail.WBS_REPORT, reportNumber, null);
        });
    }

    /** A question the reporter reads on the portal (without waiting in the process; screening questions do). */
    public Optional<List<FieldProblem>> askReporter(String reportNumber, String question, Staff staff) {
        var problems = new Problems().text("question", question, ReportLimits.REPORT_TEXT).list();
        return act(reportNumber, staff, problems, report -> {
            records.addMessage(report.getId(), MessageKind.QUESTION, question.strip(), staff.username(), Instant.now());
            audit.record(staff.username(), "REPORTER_ASKED", AuditTrail.WBS_REPORT, reportNumber, null);
        });
    }

    /** Evidence the investigators collected. */
    public Optional<List<FieldProblem>> addEvidence(String reportNumber, List<EvidenceFile> uploads, Staff staff) {
        return act(reportNumber, staff, evidence.problems(uploads), report -> {
            evidence.store(report.getId(), uploads, false, staff.username(), Instant.now());
            audit.record(staff.username(), "EVIDENCE_ADDED", AuditTrail.WBS_REPORT, reportNumber,
                    uploads.size() + " file(s)");
        });
    }

    /** Empty when the report is not the staff member's to read; else the problems (none when done). */
    private Optional<List<FieldProblem>> act(String reportNumber, Staff staff, List<FieldProblem> problems,
                                             java.util.function.Consumer<Report> change) {
        Optional<Report> report = reading.readable(reportNumber, staff).filter(r -> r.getStatus().isOpen());
        if (report.isEmpty()) {
            return Optional.empty();
        }
        if (problems.isEmpty()) {
            transaction.executeWithoutResult(status -> change.accept(report.get()));
        }
        return Optional.of(problems);
    }
}
