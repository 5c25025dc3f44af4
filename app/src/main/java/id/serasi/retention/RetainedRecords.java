package id.serasi.retention;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * What a case type brings to retention ({@link Retaining}): how long its concluded records are kept, which are due,
 * how a hold is set on one and how one is removed with everything kept with it. Each method runs inside the
 * transaction {@link Retaining} opened.
 */
public interface RetainedRecords {

    /** The audit trail's subject type of these records, e.g. {@code ATENSI_CASE}. */
    String subjectType();

    /** The audit action written when one is removed, e.g. {@code CASE_REMOVED}. */
    String removedAction();

    /** The process definition key of their lifecycle in the engine. */
    String processKey();

    /** How long a concluded record is kept; empty keeps every one. */
    Optional<Period> keepConcluded();

    /** The numbers of records concluded before the moment and not under legal hold. */
    List<String> dueForRemoval(Instant concludedBefore);

    /** The process instances of the records under legal hold, ended or not. */
    List<String> heldProcessInstances();

    /**
     * Places a hold with the reason, or lifts it when the reason is null, on the record with this number; empty
     * when there is no such record.
     */
    Optional<Subject> setHold(String number, String reason);

    /**
     * Removes the record and its own rows, read again in the caller's transaction: empty, and nothing removed, when
     * a hold was placed since it was found due (the record's version makes a hold committed meanwhile fail the
     * removal). Its document files are deleted by the caller once that is committed.
     */
    Optional<Removed> remove(String number);

    /** A record found by its number; its process instance, if it has one (null otherwise). */
    record Subject(String number, String processInstanceId) {
    }

    /** What is left to remove outside the record's rows: its process history and its documents' files. */
    record Removed(String processInstanceId, List<String> documentKeys) {
    }
}
