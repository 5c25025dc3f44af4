package id.serasi.whistleblowing;

import id.serasi.audit.AuditTrail;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the whistleblowing model's service tasks do to a report, called inside the engine's transaction. */
@Component
public class ReportLifecycle {

    private final ReportRepository reports;
    private final AuditTrail audit;

    ReportLifecycle(ReportRepository reports, AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    /** The outcome the investigator wrote for the reporter is now what the portal shows; the report is closed. */
    @Transactional
    public void informReporter(String reportNumber) {
        Report report = load(reportNumber);
        report.moveTo(ReportStatus.CLOSED, Instant.now());
        audit.record(AuditTrail.SYSTEM, "REPORT_CLOSED", AuditTrail.WBS_REPORT, reportNumber,
                "outcome published to the reporter");
    }

    @Transactional
    public void routedAsComplaint(String reportNumber) {
        Report report = load(reportNumber);
        report.moveTo(ReportStatus.ROUTED_AS_COMPLAINT, Instant.now());
        audit.record(AuditTrail.SYSTEM, "REPORT_ROUTED", AuditTrail.WBS_REPORT, reportNumber,
                "public-service complaint for " + report.getRoutedUnit());
    }

    @Transactional
    public void closeIncomplete(String reportNumber) {
        Report report = load(reportNumber);
        report.moveTo(ReportStatus.CLOSED_INCOMPLETE, Instant.now());
        audit.record(AuditTrail.SYSTEM, "REPORT_CLOSED", AuditTrail.WBS_REPORT, reportNumber,
                "no answer from the reporter");
    }

    /** A missed deadline: the report is flagged for the lead's list; work goes on. */
    @Transactional
    public void escalate(String reportNumber, Instant now) {
        Report report = load(reportNumber);
        report.markOverdue(now);
        audit.record(AuditTrail.SYSTEM, "DEADLINE_ESCALATED", AuditTrail.WBS_REPORT, reportNumber,
                report.getStatus().name() + " overdue; escalated to the investigation lead");
    }

    private Report load(String reportNumber) {
        return reports.findByReportNumber(reportNumber)
                .orElseThrow(() -> new IllegalStateException("no report " + reportNumber));
    }
}
