package id.serasi.atensi;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A termination with one of the regulation's reasons. */
@Entity
@Table(name = "termination")
public class Termination extends CaseRecord {

    @Enumerated(EnumType.STRING)
    private TerminationReason reason;
    private String notes;

    protected Termination() {
    }

    public Termination(Long caseId, String author, Instant createdAt, TerminationReason reason, String notes) {
        super(caseId, author, createdAt);
        this.reason = reason;
        this.notes = notes;
    }

    public TerminationReason getReason() {
        return reason;
    }

    public String getNotes() {
        return notes;
    }
}
