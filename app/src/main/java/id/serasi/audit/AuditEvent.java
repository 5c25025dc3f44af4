package id.serasi.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit trail: who did what to which subject, when. Written by {@link AuditTrail}. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_ref")
    private String subjectRef;
    private String details;

    protected AuditEvent() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getDetails() {
        return details;
    }
}
