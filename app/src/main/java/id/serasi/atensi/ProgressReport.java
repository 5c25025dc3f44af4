package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A periodic progress report during intervention. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends CaseRecord {

    private String progress;
    @Column(name = "next_steps")
    private String nextSteps;

    protected ProgressReport() {
    }

    public ProgressReport(Long caseId, String author, Instant createdAt, String progress, String nextSteps) {
        super(caseId, author, createdAt);
        this.progress = progress;
        this.nextSteps = nextSteps;
    }

    public String getProgress() {
        return progress;
    }

    public String getNextSteps() {
        return nextSteps;
    }
}
