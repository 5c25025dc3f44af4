package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An after-care (bimbingan lanjut) visit and what it found. */
@Entity
@Table(name = "after_care_visit")
public class AfterCareVisit extends CaseRecord {

    @Column(name = "visited_on")
    private LocalDate visitedOn;
    @Enumerated(EnumType.STRING)
    private AfterCareOutcome outcome;
    private String notes;

    protected AfterCareVisit() {
    }

    public AfterCareVisit(Long caseId, String author, Instant createdAt, LocalDate visitedOn, AfterCareOutcome outcome, String notes) {
        super(caseId, author, createdAt);
        this.visitedOn = visitedOn;
        this.outcome = outcome;
        this.notes = notes;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public AfterCareOutcome getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }
}
