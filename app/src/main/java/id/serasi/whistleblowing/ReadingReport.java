package id.serasi.whistleblowing;

import id.serasi.audit.AuditEvent;
import id.serasi.audit.AuditTrail;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.tasks.TaskInfo;
import id.serasi.tasks.workflow.TaskEngine;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff reads of reports, each checked by {@link ReportAccess} and written to the audit trail. A report the reader
 * may not see is answered exactly like one that does not exist.
 */
@Component
public class ReadingReport {

    private final ReportRepository reports;
    private final ReportRecords records;
    private final EvidenceIntake evidence;
    private final TaskEngine engine;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ReadingReport(ReportRepository reports, ReportRecords records, EvidenceIntake evidence, TaskEngine engine,
                  AuditTrail audit, TransactionTemplate transaction) {
        this.reports = reports;
        this.records = records;
        this.evidence = evidence;
        this.engine = engine;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** A line of the reports list: no content, so listing is not a read of any report. */
    public record ReportRow(String reportNumber, ReportCategory category, ReportStatus status, Severity severity,
                            String investigator, boolean overdue, java.time.Instant receivedAt, String currentTask) {
    }

    /** Everything an investigator works with, except the reporter's identity. */
    public record ReportFile(Report report, List<ReportRecords.Message> messages, List<ReportRecords.Evidence> evidence,
                             List<ReportRecords.Note> notes, List<ReportRecords.Declaration> declarations,
                             Optional<TaskInfo> currentTask, List<AuditEvent> history) {
    }

    public sealed interface Reveal {
        record Revealed(Report.Reporter reporter) implements Reveal {
        }

        record Anonymous() implements Reveal {
        }

        record ReasonNeeded() implements Reveal {
        }

        /** The reason is longer than {@link ReportLimits#REVEAL_REASON}. */
        record ReasonTooLong() implements Reveal {
        }

        record NotAllowed() implements Reveal {
        }
    }

    /** The lead sees every report; an investigator only those assigned to them; anyone else nothing. */
    public List<ReportRow> list(Staff staff) {
        List<Report> visible;
        if (staff.has(Role.INVESTIGATION_LEAD)) {
            visible = reports.findAllByOrderByReceivedAtDesc();
        } else if (staff.has(Role.INVESTIGATOR)) {
            visible = reports.findByInvestigatorOrderByReceivedAtDesc(staff.username());
        } else {
            return List.of();
        }
        return visible.stream().filter(r -> ReportAccess.mayRead(staff, r)).map(r -> new ReportRow(r.getReportNumber(),
                r.getCategory(), r.getStatus(), r.getSeverity(), r.getInvestigator(), r.isOverdue(), r.getReceivedAt(),
                currentTask(r).map(TaskInfo::name).orElse(null))).toList();
    }

    /** One opening of the report by a member of staff: one audit line, whatever is drawn afterwards. */
    public Optional<ReportFile> open(String reportNumber, Staff staff) {
        return transaction.execute(status -> readable(reportNumber, staff).map(report -> {
            audit.record(staff.username(), "REPORT_READ", AuditTrail.WBS_REPORT, report.getReportNumber(), null);
            return fileOf(report);
        }));
    }

    /**
     * The report the staff member has open, read again after they acted on it (a note, a question, a completed task):
     * its opening was already audited, so this is not another read. Access is checked again all the same.
     */
    public Optional<ReportFile> reread(String reportNumber, Staff staff) {
        return transaction.execute(status -> readable(reportNumber, staff).map(this::fileOf));
    }

    private ReportFile fileOf(Report report) {
        return new ReportFile(report, records.messages(report.getId()), records.evidence(report.getId()),
                records.notes(report.getId()), records.declarations(report.getId()), currentTask(report),
                audit.of(AuditTrail.WBS_REPORT, report.getReportNumber()));
    }

    /** An evidence file's bytes, for those who may read the report; audited like any read. */
    public Optional<Download> download(String reportNumber, long evidenceId, Staff staff) {
        return transaction.execute(status -> readable(reportNumber, staff)
                .flatMap(report -> records.evidence(report.getId(), evidenceId).flatMap(e -> evidence.read(e).map(bytes -> {
                    audit.record(staff.username(), "EVIDENCE_READ", AuditTrail.WBS_REPORT, reportNumber, e.fileName());
                    return new Download(e.fileName(), e.contentType(), bytes);
                }))));
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** A named reporter's identity, for the lead only, with a stated reason that goes to the audit trail. */
    public Reveal revealReporter(String reportNumber, String reason, Staff staff) {
        if (!staff.has(Role.INVESTIGATION_LEAD)) {
            return new Reveal.NotAllowed();
        }
        if (reason == null || reason.strip().length() < 10) {
            return new Reveal.ReasonNeeded();
        }
        if (reason.strip().length() > ReportLimits.REVEAL_REASON) {
            return new Reveal.ReasonTooLong();
        }
        return transaction.execute(status -> readable(reportNumber, staff).<Reveal>map(report -> {
            if (report.isAnonymous()) {
                return new Reveal.Anonymous();
            }
            audit.record(staff.username(), "REPORTER_IDENTITY_REVEALED", AuditTrail.WBS_REPORT, reportNumber,
                    reason.strip());
            return new Reveal.Revealed(report.reporter());
        }).orElse(new Reveal.NotAllowed()));
    }

    Optional<Report> readable(String reportNumber, Staff staff) {
        return reports.findByReportNumber(reportNumber).filter(r -> ReportAccess.mayRead(staff, r));
    }

    private Optional<TaskInfo> currentTask(Report report) {
        return report.getProcessInstanceId() == null ? Optional.empty()
                : engine.openTasksOf(report.getProcessInstanceId()).stream().findFirst();
    }
}
