package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import id.serasi.security.Staff;
import id.serasi.tasks.Completion;
import id.serasi.tasks.TaskInfo;
import id.serasi.tasks.workflow.TaskConflict;
import id.serasi.tasks.workflow.TaskEngine;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes an ATENSI user task with its form: the case file is written and the task completed in one
 * transaction, or neither happens.
 */
@Component
public class CompletingAtensiTask {

    private final TaskEngine engine;
    private final CaseRepository cases;
    private final TaskEffects effects;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CompletingAtensiTask(TaskEngine engine, CaseRepository cases, TaskEffects effects, AuditTrail audit,
                         TransactionTemplate transaction) {
        this.engine = engine;
        this.cases = cases;
        this.effects = effects;
        this.audit = audit;
        this.transaction = transaction;
    }

    public Completion complete(String taskId, TaskInput input, Staff staff) {
        var problems = input.problems();
        try {
            // one transaction: the checks, the case file's records, the engine and the audit commit once
            return transaction.execute(status -> {
                Optional<TaskInfo> found = engine.find(taskId);
                if (found.isEmpty()) {
                    return new Completion.Gone();
                }
                TaskInfo task = found.get();
                if (task.assignee() == null) {
                    return new Completion.Refused("task.claimFirst");
                }
                if (!task.assignee().equals(staff.username())) {
                    return new Completion.Refused("task.heldByOther");
                }
                if (!input.formKey().equals(task.formKey())) {
                    return new Completion.Refused("task.wrongForm");
                }
                if (!problems.isEmpty()) {
                    return new Completion.Invalid(problems);
                }
                AtensiCase atensiCase = cases.findOfTask(task)
                        .orElseThrow(() -> new IllegalStateException("no case for task " + taskId));
                Map<String, Object> variables = effects.apply(atensiCase, task, input, staff);
                engine.complete(taskId, variables);
                audit.record(staff.username(), "TASK_COMPLETED", AuditTrail.ATENSI_CASE, atensiCase.getCaseNumber(),
                        task.name());
                return new Completion.Completed(atensiCase.getCaseNumber());
            });
        } catch (Refusal refusal) {
            return new Completion.Refused(refusal.messageKey());
        } catch (TaskConflict conflict) {
            return new Completion.Gone();
        }
    }
}
