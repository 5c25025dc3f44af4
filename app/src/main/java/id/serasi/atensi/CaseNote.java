package id.serasi.atensi;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A free-text note in the case file. */
@Entity
@Table(name = "case_note")
public class CaseNote extends CaseRecord {

    private String text;

    protected CaseNote() {
    }

    public CaseNote(Long caseId, String author, Instant createdAt, String text) {
        super(caseId, author, createdAt);
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
