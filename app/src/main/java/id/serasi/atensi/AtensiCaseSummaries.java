package id.serasi.atensi;

import id.serasi.tasks.CaseSummaries;
import id.serasi.tasks.CaseSummary;
import id.serasi.tasks.TaskClaimed;
import id.serasi.audit.AuditTrail;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** ATENSI's side of the task lists: case rows for tasks, and the case manager named at the first claim. */
@Component
class AtensiCaseSummaries implements CaseSummaries {

    private final CaseRepository cases;
    private final AuditTrail audit;

    AtensiCaseSummaries(CaseRepository cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CaseSummary> byProcessInstance(Collection<String> processInstanceIds) {
        return cases.findByProcessInstanceIdIn(processInstanceIds).stream().collect(Collectors.toMap(
                AtensiCase::getProcessInstanceId,
                c -> new CaseSummary(c.getCaseNumber(), c.getBeneficiary().getFullName(), c.getStage().name(),
                        c.getPriority(), c.getUnitCode(), c.getTargetGroup().name()),
                (a, b) -> a));
    }

    @EventListener
    void onClaimed(TaskClaimed claimed) {
        cases.findByProcessInstanceId(claimed.processInstanceId()).ifPresent(c -> {
            c.takeUp(claimed.username());
            audit.record(claimed.username(), "TASK_CLAIMED", AuditTrail.ATENSI_CASE, c.getCaseNumber(),
                    claimed.taskName());
        });
    }
}
