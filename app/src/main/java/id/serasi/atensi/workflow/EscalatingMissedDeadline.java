package id.serasi.atensi.workflow;

import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseLifecycle;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.Escalation;
import id.serasi.atensi.EscalationRepository;
import id.serasi.audit.AuditTrail;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import java.time.Instant;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Eskalasi ke supervisor": every overdue task of the case is brought to the unit's supervisors (once per task).
 * The boundary timer is non-interrupting, so the worker carries on with the task meanwhile.
 */
@Component("escalatingMissedDeadline")
class EscalatingMissedDeadline implements JavaDelegate {

    private final TaskService tasks;
    private final CaseRepository cases;
    private final EscalationRepository escalations;
    private final StaffDirectory directory;
    private final AuditTrail audit;

    EscalatingMissedDeadline(TaskService tasks, CaseRepository cases, EscalationRepository escalations,
                             StaffDirectory directory, AuditTrail audit) {
        this.tasks = tasks;
        this.cases = cases;
        this.escalations = escalations;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AtensiCase atensiCase = cases.findByCaseNumber(execution.getProcessBusinessKey()).orElseThrow();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .dueBefore(ClockUtil.getCurrentTime()).list()) {
            if (escalations.existsByTaskId(task.getId())) {
                continue;
            }
            escalations.save(new Escalation(atensiCase.getId(), atensiCase.getUnitCode(), task.getId(), task.getName(),
                    task.getDueDate().toInstant(), now));
            String supervisors = directory.staffOf(atensiCase.getUnitCode(), Role.SUPERVISOR).stream()
                    .map(Staff::username).collect(Collectors.joining(", "));
            audit.record(CaseLifecycle.SYSTEM, "DEADLINE_ESCALATED", AuditTrail.ATENSI_CASE,
                    atensiCase.getCaseNumber(), task.getName() + " overdue; supervisors: " + supervisors);
        }
    }
}
