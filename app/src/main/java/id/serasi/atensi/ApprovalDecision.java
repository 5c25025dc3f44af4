package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supervisor's decision on a plan revision or a termination: who, when, what and why. */
@Entity
@Table(name = "approval_decision")
public class ApprovalDecision extends CaseRecord {

    @Enumerated(EnumType.STRING)
    private ApprovalSubject subject;
    @Column(name = "subject_id")
    private Long subjectId;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String reasons;

    protected ApprovalDecision() {
    }

    public ApprovalDecision(Long caseId, String author, Instant createdAt, ApprovalSubject subject, Long subjectId, Decision decision, String reasons) {
        super(caseId, author, createdAt);
        this.subject = subject;
        this.subjectId = subjectId;
        this.decision = decision;
        this.reasons = reasons;
    }

    public ApprovalSubject getSubject() {
        return subject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReasons() {
        return reasons;
    }
}
