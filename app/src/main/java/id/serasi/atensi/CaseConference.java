package id.serasi.atensi;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Minutes of a case conference on an intervention plan. */
@Entity
@Table(name = "case_conference")
public class CaseConference extends CaseRecord {

    private String participants;
    private String summary;

    protected CaseConference() {
    }

    public CaseConference(Long caseId, String author, Instant createdAt, String participants, String summary) {
        super(caseId, author, createdAt);
        this.participants = participants;
        this.summary = summary;
    }

    public String getParticipants() {
        return participants;
    }

    public String getSummary() {
        return summary;
    }
}
