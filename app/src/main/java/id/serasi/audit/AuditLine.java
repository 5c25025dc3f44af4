package id.serasi.audit;

import java.time.Instant;

/** One line of the trail as the admin reads it. */
public record AuditLine(long id, Instant occurredAt, String actor, String action, String subjectType,
                        String subjectRef, String details) {
}
