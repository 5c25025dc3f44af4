package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import id.serasi.tasks.TaskClaimed;
import id.serasi.tasks.WorkHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Who manages a case: the first worker to claim one of its tasks, or whom a supervisor hands a leaver's work to. */
@Component
class NamingCaseManager {

    private final CaseRepository cases;
    private final AuditTrail audit;

    NamingCaseManager(CaseRepository cases, AuditTrail audit) {
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
}
