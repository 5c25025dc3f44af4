package id.serasi.retention;

import id.serasi.audit.AuditTrail;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.document.DocumentStore;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One retention rule for every case type ({@link RetainedRecords}): a record concluded longer ago than its type's
 * period is removed nightly with its records, documents and engine history. A legal hold, placed and lifted by an
 * admin with a reason (audited), keeps a record and its history until lifted. The audit trail keeps the number and
 * what happened, nothing more.
 */
@Service
public class Retaining {

    private static final Logger log = LoggerFactory.getLogger(Retaining.class);

    private final List<RetainedRecords> types;
    private final DocumentStore documents;
    private final ProcessHistoryRetention history;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Autowired
    Retaining(List<RetainedRecords> types, DocumentStore documents, ProcessHistoryRetention history, AuditTrail audit,
              TransactionTemplate transaction) {
        this(types, documents, history, audit, transaction, Clock.systemUTC());
    }

    Retaining(List<RetainedRecords> types, DocumentStore documents, ProcessHistoryRetention history, AuditTrail audit,
              TransactionTemplate transaction, Clock clock) {
        this.types = List.copyOf(types);
        this.documents = documents;
        this.history = history;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The same rule as seen from another day (tests: "eleven years later"). */
    public Retaining at(Clock clock) {
        return new Retaining(types, documents, history, audit, transaction, clock);
    }

    /** An admin holds a case or report; the reason (at least ten characters) is kept on it and in the audit trail. */
    public HoldChange hold(String number, String reason, Staff staff) {
        String problem = reason == null || reason.strip().length() < 10 ? "retention.hold.reason"
                : reason.strip().length() > RetentionLimits.HOLD_REASON ? Problems.tooLong(RetentionLimits.HOLD_REASON)
                : null;
        if (problem != null) {
            return staff.has(Role.ADMIN) ? new HoldChange.Invalid(List.of(new FieldProblem("reason", problem)))
                    : new HoldChange.NotAllowed("retention.adminOnly");
        }
        return setHold(number, reason.strip(), staff);
    }

    public HoldChange release(String number, Staff staff) {
        return setHold(number, null, staff);
    }

    private HoldChange setHold(String number, String reason, Staff staff) {
        if (!staff.has(Role.ADMIN)) {
            return new HoldChange.NotAllowed("retention.adminOnly");
        }
        return transaction.execute(status -> {
            for (RetainedRecords type : types) {
                Optional<RetainedRecords.Subject> found = type.setHold(number, reason);
                if (found.isPresent()) {
                    String processInstanceId = found.get().processInstanceId();
                    if (reason != null) {
                        audit.record(staff.username(), "LEGAL_HOLD_PLACED", type.subjectType(), number, reason);
                    } else {
                        audit.record(staff.username(), "LEGAL_HOLD_RELEASED", type.subjectType(), number, null);
                    }
                    if (processInstanceId != null && reason != null) {
                        history.keep(processInstanceId);
                    } else if (processInstanceId != null) {
                        history.release(processInstanceId);
                    }
                    return new HoldChange.Done(number);
                }
            }
            return new HoldChange.NotAllowed("retention.notFound");
        });
    }

    /**
     * Nightly: every concluded record past its type's period and not held is removed. And the held records' process
     * history is kept again: a hold placed while the process ran cleared a removal time the engine had not set yet,
     * and the engine sets one (end + time to live) when the process ends.
     */
    @Scheduled(cron = "${serasi.retention.run-at:0 30 2 * * *}", zone = "Asia/Jakarta")
    public int removeExpired() {
        int removed = 0;
        for (RetainedRecords type : types) {
            type.heldProcessInstances().forEach(history::keep);
            if (type.keepConcluded().isPresent()) {
                removed += removeExpired(type, type.keepConcluded().get());
            }
        }
        return removed;
    }

    private int removeExpired(RetainedRecords type, Period keep) {
        Instant concludedBefore = clock.instant().atOffset(ZoneOffset.UTC).minus(keep).toInstant();
        int removed = 0;
        for (String number : type.dueForRemoval(concludedBefore)) {
            try {
                Optional<RetainedRecords.Removed> gone = transaction.execute(status -> {
                    Optional<RetainedRecords.Removed> r = type.remove(number);
                    r.ifPresent(done -> {
                        if (done.processInstanceId() != null) {
                            history.remove(done.processInstanceId());
                        }
                        audit.record(AuditTrail.SYSTEM, type.removedAction(), type.subjectType(), number,
                                "retention " + keep);
                    });
                    return r;
                });
                if (gone.isEmpty()) {
                    continue;
                }
                // the documents' files go once their rows are gone for good
                gone.get().documentKeys().forEach(documents::delete);
                removed++;
            } catch (RuntimeException e) {
                log.warn("{} {} could not be removed under the retention rule ({}); tried again next night",
                        type.subjectType(), number, e.getClass().getSimpleName());
            }
        }
        if (removed > 0) {
            log.info("Retention: {} {} removed (concluded before {})", removed, type.subjectType(), concludedBefore);
        }
        return removed;
    }
}
