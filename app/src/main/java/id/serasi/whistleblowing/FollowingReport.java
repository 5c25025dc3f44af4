package id.serasi.whistleblowing;

import id.serasi.audit.AuditTrail;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.whistleblowing.workflow.WhistleblowingProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter's side, with nothing but the receipt code: the report's status, the investigators' questions, the
 * outcome when closed; answering and adding evidence. Every wrong code counts against the client in
 * {@link ReceiptGuard}.
 */
@Component
public class FollowingReport {

    private final ReportRepository reports;
    private final ReportRecords records;
    private final EvidenceIntake evidence;
    private final ReceiptGuard guard;
    private final WhistleblowingProcess process;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    FollowingReport(ReportRepository reports, ReportRecords records, EvidenceIntake evidence, ReceiptGuard guard,
                    WhistleblowingProcess process, AuditTrail audit, TransactionTemplate transaction) {
        this.reports = reports;
        this.records = records;
        this.evidence = evidence;
        this.guard = guard;
        this.process = process;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** What the reporter sees. Staff names are never shown: questions come from "the investigation team". */
    public record ReporterView(String reportNumber, String status, ReportCategory category, Instant receivedAt,
                               Instant updatedAt, List<ReportRecords.Message> messages, List<String> evidence,
                               boolean awaitingAnswer, boolean open, String outcome) {
    }

    public sealed interface Lookup {
        record Found(ReporterView report) implements Lookup {
        }

        record NotFound() implements Lookup {
        }

        record Wait(Duration retryAfter) implements Lookup {
        }
    }

    public sealed interface Reply {
        record Sent(ReporterView report) implements Reply {
        }

        record Invalid(List<FieldProblem> problems) implements Reply {
        }

        record Closed() implements Reply {
        }

        record NotFound() implements Reply {
        }

        record Wait(Duration retryAfter) implements Reply {
        }
    }

    public Lookup open(String receiptCode, String client) {
        Optional<Duration> wait = guard.waitFor(client);
        if (wait.isPresent()) {
            return new Lookup.Wait(wait.get());
        }
        Optional<Report> found = find(receiptCode, client);
        if (found.isEmpty()) {
            return new Lookup.NotFound();
        }
        return new Lookup.Found(transaction.execute(status -> {
            audit.record(AuditTrail.REPORTER, "REPORT_READ", AuditTrail.WBS_REPORT, found.get().getReportNumber(),
                    "by the reporter on the portal");
            return view(found.get());
        }));
    }

    /** The reporter answers the questions and/or adds evidence; an awaited answer sends the report back to screening. */
    public Reply reply(String receiptCode, String client, String answer, List<EvidenceFile> uploads) {
        Optional<Duration> wait = guard.waitFor(client);
        if (wait.isPresent()) {
            return new Reply.Wait(wait.get());
        }
        Optional<Report> found = find(receiptCode, client);
        if (found.isEmpty()) {
            return new Reply.NotFound();
        }
        List<FieldProblem> problems = new ArrayList<>(
                new Problems().optionalText("answer", answer, ReportLimits.REPORT_TEXT).list());
        boolean hasAnswer = answer != null && !answer.isBlank();
        if (!hasAnswer && uploads.isEmpty()) {
            problems.add(new FieldProblem("answer", "report.answerOrEvidence"));
        }
        problems.addAll(evidence.problems(uploads));
        if (!problems.isEmpty()) {
            return new Reply.Invalid(problems);
        }
        return transaction.execute(status -> {
            Report report = reports.findById(found.get().getId()).orElseThrow();
            if (!report.getStatus().isOpen()) {
                return new Reply.Closed();
            }
            Instant now = Instant.now();
            if (hasAnswer) {
                records.addMessage(report.getId(), MessageKind.ANSWER, answer.strip(), null, now);
            }
            evidence.store(report.getId(), uploads, true, null, now);
            if (process.awaitsReporter(report.getProcessInstanceId())) {
                report.moveTo(ReportStatus.RECEIVED, now);
                process.reporterAnswered(report.getProcessInstanceId());
            }
            audit.record(AuditTrail.REPORTER, "REPORTER_REPLIED", AuditTrail.WBS_REPORT, report.getReportNumber(),
                    (hasAnswer ? "answer" : "no answer") + ", " + uploads.size() + " file(s)");
            return new Reply.Sent(view(report));
        });
    }

    private Optional<Report> find(String receiptCode, String client) {
        Optional<Report> found = ReceiptCodes.normalise(receiptCode).map(ReceiptCodes::hash)
                .flatMap(reports::findByReceiptHash);
        if (found.isEmpty()) {
            guard.failed(client);
        }
        return found;
    }

    private ReporterView view(Report report) {
        List<ReportRecords.Message> messages = records.messages(report.getId()).stream()
                .map(m -> new ReportRecords.Message(m.id(), m.kind(), m.body(), null, m.createdAt())).toList();
        List<String> files = records.evidence(report.getId()).stream().filter(ReportRecords.Evidence::fromReporter)
                .map(ReportRecords.Evidence::fileName).toList();
        boolean closed = report.getStatus() == ReportStatus.CLOSED;
        return new ReporterView(report.getReportNumber(), report.getStatus().forReporter(), report.getCategory(),
                report.getReceivedAt(), report.getUpdatedAt(), messages, files,
                report.getStatus() == ReportStatus.AWAITING_REPORTER, report.getStatus().isOpen(),
                closed ? report.getOutcomeForReporter() : null);
    }
}
