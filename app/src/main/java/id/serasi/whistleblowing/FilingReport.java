package id.serasi.whistleblowing;

import id.serasi.audit.AuditTrail;
import id.serasi.common.FieldProblem;
import id.serasi.common.Numbering;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.unit.UnitRepository;
import id.serasi.whistleblowing.workflow.WhistleblowingProcess;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a report: from the public portal without an account, or entered by the investigation team for a call to
 * the 171 call centre or a letter. The report, its evidence and its process start together or not at all. A portal
 * client may file {@code serasi.portal.max-reports} reports per {@code report-window}, counted on every node.
 */
@Component
public class FilingReport {

    private final ReportRepository reports;
    private final EvidenceIntake evidence;
    private final UnitRepository units;
    private final Numbering numbering;
    private final WhistleblowingProcess process;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final PortalLimits limits;
    private final BucketConfiguration filed;

    static final String FILED = "reports-filed";

    FilingReport(ReportRepository reports, EvidenceIntake evidence, UnitRepository units, Numbering numbering,
                 WhistleblowingProcess process, AuditTrail audit, TransactionTemplate transaction, PortalLimits limits,
                 @Value("${serasi.portal.max-reports}") int maxReports,
                 @Value("${serasi.portal.report-window}") Duration reportWindow) {
        this.reports = reports;
        this.evidence = evidence;
        this.units = units;
        this.numbering = numbering;
        this.process = process;
        this.audit = audit;
        this.transaction = transaction;
        this.limits = limits;
        this.filed = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(maxReports).refillGreedy(maxReports, reportWindow).build()).build();
    }

    /**
     * A report from the public portal, sent from the client's network address. Nothing about the sender (address,
     * browser) is recorded with the report; the address only counts, as a keyed hash, against the client's limit.
     */
    public Filing file(ReportDetails details, List<EvidenceFile> uploads, String client) {
        return file(ReportChannel.PORTAL, details, uploads, AuditTrail.REPORTER, Optional.of(client), List.of());
    }

    /** A report taken by phone or letter, entered by the investigation team; the receipt code is passed on to the caller. */
    public Filing fileOnBehalf(Staff staff, ReportChannel channel, ReportDetails details, List<EvidenceFile> uploads) {
        if (!staff.has(Role.INVESTIGATION_LEAD) && !staff.has(Role.INVESTIGATOR)) {
            return new Filing.Invalid(List.of(new FieldProblem("channel", "report.channelNotAllowed")));
        }
        // the channel's problem with the report's own, so the form marks every field at once
        List<FieldProblem> channelProblems = channel == null || channel == ReportChannel.PORTAL
                ? List.of(new FieldProblem("channel", "report.channelRequired")) : List.of();
        return file(channel, details, uploads, staff.username(), Optional.empty(), channelProblems);
    }

    private Filing file(ReportChannel channel, ReportDetails details, List<EvidenceFile> uploads, String actor,
                        Optional<String> client, List<FieldProblem> found) {
        List<FieldProblem> problems = new ArrayList<>(found);
        problems.addAll(details.problems());
        if (details.reportedUnit() != null && !details.reportedUnit().isBlank()
                && !units.existsById(details.reportedUnit())) {
            problems.add(new FieldProblem("reportedUnit", "validation.chooseOne"));
        }
        problems.addAll(evidence.problems(uploads));
        if (!problems.isEmpty()) {
            return new Filing.Invalid(problems);
        }
        if (client.isPresent()) {
            ConsumptionProbe allowed = limits.bucket(FILED, client.get(), filed).tryConsumeAndReturnRemaining(1);
            if (!allowed.isConsumed()) {
                return new Filing.Wait(Duration.ofNanos(allowed.getNanosToWaitForRefill()));
            }
        }
        String code = ReceiptCodes.newCode();
        String hash = ReceiptCodes.hash(ReceiptCodes.normalise(code).orElseThrow());
        return transaction.execute(status -> {
            Instant now = Instant.now();
            Report report = reports.saveAndFlush(new Report(numbering.next("WBS", "wbs_report_number_seq", Year.now()),
                    hash, channel, details, now));
            evidence.store(report.getId(), uploads, true, null, now);
            report.startedAs(process.start(report.getId(), report.getReportNumber(), report.getCategory().name()));
            audit.record(actor, "REPORT_FILED", AuditTrail.WBS_REPORT, report.getReportNumber(),
                    channel + (report.isAnonymous() ? ", anonymous" : ", named") + ", " + uploads.size() + " file(s)");
            return new Filing.Filed(report.getReportNumber(), code);
        });
    }
}
