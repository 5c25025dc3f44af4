package id.serasi.atensi;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comprehensive assessment (asesmen) of the person, family and environment. */
@Entity
@Table(name = "assessment")
public class Assessment extends CaseRecord {

    private String problem;
    private String family;
    private String environment;
    private String strengths;
    private String needs;
    private String risks;

    protected Assessment() {
    }

    public Assessment(Long caseId, String author, Instant createdAt, String problem, String family, String environment, String strengths, String needs, String risks) {
        super(caseId, author, createdAt);
        this.problem = problem;
        this.family = family;
        this.environment = environment;
        this.strengths = strengths;
        this.needs = needs;
        this.risks = risks;
    }

    public String getProblem() {
        return problem;
    }

    public String getFamily() {
        return family;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getNeeds() {
        return needs;
    }

    public String getRisks() {
        return risks;
    }
}
