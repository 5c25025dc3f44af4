package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.Beneficiary;
import id.serasi.beneficiary.BeneficiaryRepository;
import id.serasi.common.FieldProblem;
import id.serasi.document.DocumentStore;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of closed cases: a case closed longer ago than {@code serasi.retention.closed-cases} (an ISO period such
 * as {@code P10Y}; empty keeps every case) is removed with its records, documents and engine history, nightly. A
 * legal hold, placed and released by an admin with a reason (audited), keeps a case and its history until released.
 * The audit trail keeps the case number and what happened, nothing more.
 */
@Service
public class RetainingCases {

    private static final Logger log = LoggerFactory.getLogger(RetainingCases.class);
    /** Rows that belong to a case, removed before it (notes' mentions before the notes). */
    private static final List<String> CASE_RECORDS = List.of(
            "delete from note_mention where note_id in (select id from case_note where case_id = ?)",
            "delete from case_note where case_id = ?", "delete from assessment where case_id = ?",
            "delete from intervention_plan where case_id = ?", "delete from approval_decision where case_id = ?",
            "delete from case_conference where case_id = ?", "delete from service_delivery where case_id = ?",
            "delete from progress_report where case_id = ?", "delete from evaluation where case_id = ?",
            "delete from termination where case_id = ?", "delete from skm_response where case_id = ?",
            "delete from after_care_visit where case_id = ?", "delete from escalation where case_id = ?",
            "delete from task_inbox where case_id = ?", "delete from attachment where case_id = ?");

    private final CaseRepository cases;
    private final BeneficiaryRepository beneficiaries;
    private final JdbcTemplate jdbc;
    private final DocumentStore documents;
    private final CaseHistoryRetention history;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Optional<Period> keepClosed;
    private final Clock clock;

    @Autowired
    RetainingCases(CaseRepository cases, BeneficiaryRepository beneficiaries, JdbcTemplate jdbc,
                   DocumentStore documents, CaseHistoryRetention history, AuditTrail audit,
                   TransactionTemplate transaction, @Value("${serasi.retention.closed-cases:}") String keepClosed) {
        this(cases, beneficiaries, jdbc, documents, history, audit, transaction,
                keepClosed.isBlank() ? Optional.empty() : Optional.of(Period.parse(keepClosed)), Clock.systemUTC());
    }

    RetainingCases(CaseRepository cases, BeneficiaryRepository beneficiaries, JdbcTemplate jdbc,
                   DocumentStore documents, CaseHistoryRetention history, AuditTrail audit,
                   TransactionTemplate transaction, Optional<Period> keepClosed, Clock clock) {
        this.cases = cases;
        this.beneficiaries = beneficiaries;
        this.jdbc = jdbc;
        this.documents = documents;
        this.history = history;
        this.audit = audit;
        this.transaction = transaction;
        this.keepClosed = keepClosed;
        this.clock = clock;
    }

    /** An admin holds a case; the reason (at least ten characters) is kept on the case and in the audit trail. */
    public CaseChange hold(String caseNumber, String reason, Staff staff) {
        if (reason == null || reason.strip().length() < 10) {
            return new CaseChange.Invalid(List.of(new FieldProblem("reason", "retention.hold.reason")));
        }
        return change(caseNumber, staff, c -> {
            c.placeLegalHold(reason.strip());
            audit.record(staff.username(), "LEGAL_HOLD_PLACED", AuditTrail.ATENSI_CASE, caseNumber, reason.strip());
            if (c.getProcessInstanceId() != null) {
                history.keep(c.getProcessInstanceId());
            }
        });
    }

    public CaseChange release(String caseNumber, Staff staff) {
        return change(caseNumber, staff, c -> {
            c.releaseLegalHold();
            audit.record(staff.username(), "LEGAL_HOLD_RELEASED", AuditTrail.ATENSI_CASE, caseNumber, null);
            if (c.getProcessInstanceId() != null) {
                history.release(c.getProcessInstanceId());
            }
        });
    }

    private CaseChange change(String caseNumber, Staff staff, Consumer<AtensiCase> what) {
        if (!staff.has(Role.ADMIN)) {
            return new CaseChange.NotAllowed("retention.adminOnly");
        }
        return transaction.execute(status -> cases.findByCaseNumber(caseNumber).<CaseChange>map(c -> {
            what.accept(c);
            return new CaseChange.Done(caseNumber);
        }).orElse(new CaseChange.NotAllowed("case.notFound.short")));
    }

    /** Nightly: every closed case past the retention period and not held is removed. */
    @Scheduled(cron = "${serasi.retention.run-at:0 30 2 * * *}", zone = "Asia/Jakarta")
    public int removeExpired() {
        if (keepClosed.isEmpty()) {
            return 0;
        }
        Instant closedBefore = clock.instant().atOffset(ZoneOffset.UTC).minus(keepClosed.get()).toInstant();
        int removed = 0;
        for (String caseNumber : cases.findCaseNumbersDueForRemoval(closedBefore)) {
            try {
                // the documents' files go once their rows are gone for good
                List<String> files = transaction.execute(status -> remove(caseNumber));
                files.forEach(documents::delete);
                removed++;
            } catch (RuntimeException e) {
                log.warn("Case {} could not be removed under the retention rule ({}); tried again next night",
                        caseNumber, e.getClass().getSimpleName());
            }
        }
        if (removed > 0) {
            log.info("Retention: {} closed cases removed (closed before {})", removed, closedBefore);
        }
        return removed;
    }

    private List<String> remove(String caseNumber) {
        AtensiCase c = cases.findByCaseNumber(caseNumber).orElseThrow();
        Long id = c.getId();
        List<String> files = jdbc.queryForList("select storage_key from attachment where case_id = ?", String.class,
                id);
        CASE_RECORDS.forEach(sql -> jdbc.update(sql, id));
        Beneficiary person = c.getBeneficiary();
        String processInstanceId = c.getProcessInstanceId();
        cases.delete(c);
        cases.flush();
        if (cases.findByBeneficiaryId(person.getId()).isEmpty()) {
            beneficiaries.delete(person);
        }
        if (processInstanceId != null) {
            history.remove(processInstanceId);
        }
        audit.record(AuditTrail.SYSTEM, "CASE_REMOVED", AuditTrail.ATENSI_CASE, caseNumber,
                "retention " + keepClosed.orElseThrow());
        return files;
    }
}
