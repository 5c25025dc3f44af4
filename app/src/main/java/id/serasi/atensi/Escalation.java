package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A missed deadline brought to the unit's supervisors; the work itself goes on. */
@Entity
@Table(name = "escalation")
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "task_name")
    private String taskName;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    private boolean resolved;

    protected Escalation() {
    }

    public Escalation(Long caseId, String unitCode, String taskId, String taskName, Instant dueAt, Instant escalatedAt) {
        this.caseId = caseId;
        this.unitCode = unitCode;
        this.taskId = taskId;
        this.taskName = taskName;
        this.dueAt = dueAt;
        this.escalatedAt = escalatedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isResolved() {
        return resolved;
    }
}
