package id.serasi.whistleblowing;

import id.serasi.audit.AuditTrail;
import id.serasi.retention.RetainedRecords;
import id.serasi.whistleblowing.workflow.WhistleblowingProcess;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whistleblowing reports under the same retention rule as cases ({@link id.serasi.retention.Retaining}): a report
 * concluded (closed, closed as incomplete or routed as a complaint) longer ago than
 * {@code serasi.retention.closed-reports} and not held goes with the reporter's identity, messages, notes,
 * declarations, evidence files and engine history. An open report is never due.
 */
@Component
class RetainedReports implements RetainedRecords {

    private static final List<ReportStatus> CONCLUDED = Arrays.stream(ReportStatus.values())
            .filter(s -> !s.isOpen()).toList();
    /** Rows that belong to a report, removed before it. */
    private static final List<String> REPORT_RECORDS = List.of("delete from wbs_message where report_id = ?",
            "delete from wbs_note where report_id = ?", "delete from wbs_conflict_declaration where report_id = ?",
            "delete from wbs_evidence where report_id = ?");

    private final ReportRepository reports;
    private final JdbcTemplate jdbc;
    private final Optional<Period> keepConcluded;

    RetainedReports(ReportRepository reports, JdbcTemplate jdbc,
                    @Value("${serasi.retention.closed-reports:}") String keepConcluded) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.keepConcluded = keepConcluded.isBlank() ? Optional.empty() : Optional.of(Period.parse(keepConcluded));
    }

    @Override
    public String subjectType() {
        return AuditTrail.WBS_REPORT;
    }

    @Override
    public String removedAction() {
        return "REPORT_REMOVED";
    }

    @Override
    public String processKey() {
        return WhistleblowingProcess.PROCESS_KEY;
    }

    @Override
    public Optional<Period> keepConcluded() {
        return keepConcluded;
    }

    @Override
    public List<String> dueForRemoval(Instant concludedBefore) {
        return reports.findReportNumbersDueForRemoval(CONCLUDED, concludedBefore);
    }

    @Override
    public List<String> heldProcessInstances() {
        return reports.findProcessInstancesUnderLegalHold();
    }

    @Override
    public Optional<Subject> setHold(String reportNumber, String reason) {
        return reports.findByReportNumber(reportNumber).map(r -> {
            if (reason == null) {
                r.releaseLegalHold();
            } else {
                r.placeLegalHold(reason);
            }
            return new Subject(reportNumber, r.getProcessInstanceId());
        });
    }

    @Override
    public Optional<Removed> remove(String reportNumber) {
        Report report = reports.findByReportNumber(reportNumber).orElseThrow();
        if (report.isUnderLegalHold()) {
            return Optional.empty();
        }
        Long id = report.getId();
        List<String> files = jdbc.queryForList("select document_key from wbs_evidence where report_id = ?",
                String.class, id);
        REPORT_RECORDS.forEach(sql -> jdbc.update(sql, id));
        String processInstanceId = report.getProcessInstanceId();
        if (processInstanceId != null) {
            jdbc.update("delete from task_inbox where process_instance_id = ?", processInstanceId);
        }
        reports.delete(report);
        reports.flush();
        return Optional.of(new Removed(processInstanceId, files));
    }
}
