package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import id.serasi.tasks.TaskAssigned;
import id.serasi.tasks.TaskUnclaimed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Who holds a case's task, on the case's audit trail: a supervisor's assignment, a worker giving a task back. */
@Component
class TaskHolderTrail {

    private final CaseRepository cases;
    private final AuditTrail audit;

    TaskHolderTrail(CaseRepository cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @EventListener
    void onAssigned(TaskAssigned assigned) {
        cases.findOfTask(assigned.task()).ifPresent(c -> audit.record(assigned.supervisor(), "TASK_ASSIGNED",
                AuditTrail.ATENSI_CASE, c.getCaseNumber(), assigned.task().name() + ": "
                        + (assigned.fromUsername() == null ? "-" : assigned.fromUsername()) + " -> " + assigned.toUsername()));
    }

    @EventListener
    void onUnclaimed(TaskUnclaimed unclaimed) {
        cases.findOfTask(unclaimed.task()).ifPresent(c -> audit.record(unclaimed.username(), "TASK_UNCLAIMED",
                AuditTrail.ATENSI_CASE, c.getCaseNumber(), unclaimed.task().name()));
    }
}
