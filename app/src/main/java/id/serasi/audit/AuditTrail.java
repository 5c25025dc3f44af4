package id.serasi.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit line commit or roll back
 * together. There is no way to change or delete a line.
 */
@Component
public class AuditTrail {

    public static final String ATENSI_CASE = "ATENSI_CASE";
    public static final String WBS_REPORT = "WBS_REPORT";
    /** The actor of what a reporter does on the portal: never anything that could identify them. */
    public static final String REPORTER = "reporter";
    /** The actor of what the engine does on its own (timers, service tasks). */
    public static final String SYSTEM = "system";

    private final AuditEvents events;
    private final JdbcTemplate jdbc;

    AuditTrail(AuditEvents events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * One row, written straight away on the transaction's connection: every task step writes two or three, and as
     * an entity each was an identity insert with its generated key read back and nothing else to gain (bench/, B1).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectRef, String details) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject_type, subject_ref, details)"
                + " values (?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), actor, action, subjectType, subjectRef,
                truncate(details));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> of(String subjectType, String subjectRef) {
        return events.findBySubjectTypeAndSubjectRefOrderByOccurredAtAscIdAsc(subjectType, subjectRef);
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }
}
