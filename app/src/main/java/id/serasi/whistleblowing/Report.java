package id.serasi.whistleblowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A whistleblowing report. Only {@link ReportAccess} decides who may read it; the reporter's identity is kept apart
 * in {@link #reporter()} and shown to the investigation lead alone, with a logged reason.
 */
@Entity
@Table(name = "wbs_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_number")
    private String reportNumber;
    @Column(name = "receipt_hash")
    private String receiptHash;
    @Enumerated(EnumType.STRING)
    private ReportChannel channel;
    @Enumerated(EnumType.STRING)
    private ReportCategory category;
    @Column(name = "what_happened")
    private String what;
    @Column(name = "who_involved")
    private String who;
    @Column(name = "where_happened")
    private String where;
    @Column(name = "when_happened")
    private String when;
    @Column(name = "how_happened")
    private String how;
    @Column(name = "reported_unit")
    private String reportedUnit;
    private boolean anonymous;
    @Column(name = "reporter_name")
    private String reporterName;
    @Column(name = "reporter_contact")
    private String reporterContact;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String investigator;
    private String findings;
    @Enumerated(EnumType.STRING)
    private Conclusion conclusion;
    @Column(name = "conclusion_reasons")
    private String conclusionReasons;
    private String recommendation;
    @Column(name = "follow_up")
    private String followUp;
    @Column(name = "outcome_for_reporter")
    private String outcomeForReporter;
    @Column(name = "routed_unit")
    private String routedUnit;
    @Column(name = "complaint_summary")
    private String complaintSummary;
    private boolean overdue;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "legal_hold")
    private boolean legalHold;
    @Column(name = "legal_hold_reason")
    private String legalHoldReason;
    @Version
    private long version;

    protected Report() {
    }

    Report(String reportNumber, String receiptHash, ReportChannel channel, ReportDetails details, Instant now) {
        this.reportNumber = reportNumber;
        this.receiptHash = receiptHash;
        this.channel = channel;
        this.category = details.category();
        this.what = details.what().strip();
        this.who = blankToNull(details.who());
        this.where = blankToNull(details.where());
        this.when = blankToNull(details.when());
        this.how = blankToNull(details.how());
        this.reportedUnit = blankToNull(details.reportedUnit());
        this.anonymous = details.anonymous();
        this.reporterName = anonymous ? null : details.reporterName().strip();
        this.reporterContact = anonymous ? null : details.reporterContact().strip();
        this.status = ReportStatus.RECEIVED;
        this.receivedAt = now;
        this.updatedAt = now;
    }

    /** The named reporter, for the lead only. */
    public record Reporter(String name, String contact) {
    }

    Reporter reporter() {
        return new Reporter(reporterName, reporterContact);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void screened(ReportCategory category, Severity severity, ReportStatus next, Instant now) {
        this.category = category;
        this.severity = severity;
        moveTo(next, now);
    }

    /** Out of WBS scope: the unit concerned gets the lead's summary as a public-service complaint, nothing more. */
    void routeTo(String unitCode, String summary, Instant now) {
        this.routedUnit = unitCode;
        this.complaintSummary = summary;
        this.updatedAt = now;
    }

    void assignTo(String investigator, Instant now) {
        this.investigator = investigator;
        moveTo(ReportStatus.ASSIGNING, now);
    }

    void recordFindings(String findings, Instant now) {
        this.findings = findings;
        this.updatedAt = now;
    }

    void conclude(Conclusion conclusion, String reasons, String recommendation, Instant now) {
        this.conclusion = conclusion;
        this.conclusionReasons = reasons;
        this.recommendation = recommendation;
        moveTo(ReportStatus.AWAITING_APPROVAL, now);
    }

    void followedUp(String followUp, String outcomeForReporter, Instant now) {
        this.followUp = followUp;
        this.outcomeForReporter = outcomeForReporter;
        this.updatedAt = now;
    }

    void markOverdue(Instant now) {
        this.overdue = true;
        this.updatedAt = now;
    }

    void moveTo(ReportStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
        if (!next.isOpen()) {
            this.closedAt = now;
        }
    }

    void placeLegalHold(String reason) {
        this.legalHold = true;
        this.legalHoldReason = reason;
    }

    void releaseLegalHold() {
        this.legalHold = false;
        this.legalHoldReason = null;
    }

    public boolean isUnderLegalHold() {
        return legalHold;
    }

    public String getLegalHoldReason() {
        return legalHoldReason;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    String getReceiptHash() {
        return receiptHash;
    }

    public ReportChannel getChannel() {
        return channel;
    }

    public ReportCategory getCategory() {
        return category;
    }

    public String getWhat() {
        return what;
    }

    public String getWho() {
        return who;
    }

    public String getWhere() {
        return where;
    }

    public String getWhen() {
        return when;
    }

    public String getHow() {
        return how;
    }

    public String getReportedUnit() {
        return reportedUnit;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getInvestigator() {
        return investigator;
    }

    public String getFindings() {
        return findings;
    }

    public Conclusion getConclusion() {
        return conclusion;
    }

    public String getConclusionReasons() {
        return conclusionReasons;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getFollowUp() {
        return followUp;
    }

    public String getOutcomeForReporter() {
        return outcomeForReporter;
    }

    public String getRoutedUnit() {
        return routedUnit;
    }

    public String getComplaintSummary() {
        return complaintSummary;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
