package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Reintegration and evaluation: were the plan's goals met? */
@Entity
@Table(name = "evaluation")
public class Evaluation extends CaseRecord {

    @Column(name = "goals_met")
    private boolean goalsMet;
    private String summary;

    protected Evaluation() {
    }

    public Evaluation(Long caseId, String author, Instant createdAt, boolean goalsMet, String summary) {
        super(caseId, author, createdAt);
        this.goalsMet = goalsMet;
        this.summary = summary;
    }

    public boolean isGoalsMet() {
        return goalsMet;
    }

    public String getSummary() {
        return summary;
    }
}
