package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import id.serasi.tasks.TaskAssigned;
import id.serasi.tasks.TaskClaimed;
import id.serasi.tasks.TaskUnclaimed;
import id.serasi.tasks.WorkHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who holds a case's tasks, on the case's record and audit trail: the first worker to claim one of its tasks manages
 * the case, a supervisor's assignment and hand-over of a leaver's work, a worker giving a task back.
 */
@Component
class TaskHolders {

    private final CaseRepository cases;
    private final AuditTrail audit;

    TaskHolders(CaseRepository cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** A leaving worker's open cases in the unit go to the colleague who takes over their tasks. */
    @EventListener
    void onHandedOver(WorkHandedOver handover) {
        for (AtensiCase c : cases.findByUnitCodeAndCaseManagerAndStatus(handover.unitCode(), handover.fromUsername(),
                CaseStatus.OPEN)) {
            c.reassignManager(handover.toUsername());
            audit.record(handover.supervisor(), "CASE_MANAGER_CHANGED", AuditTrail.ATENSI_CASE, c.getCaseNumber(),
                    handover.fromUsername() + " -> " + handover.toUsername());
        }
    }

    @EventListener
    void onClaimed(TaskClaimed claimed) {
        cases.findOfTask(claimed.task()).ifPresent(c -> {
            c.takeUp(claimed.username());
            audit.record(claimed.username(), "TASK_CLAIMED", AuditTrail.ATENSI_CASE, c.getCaseNumber(),
                    claimed.task().name());
        });
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
