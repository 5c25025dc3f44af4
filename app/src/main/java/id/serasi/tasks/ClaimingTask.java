package id.serasi.tasks;

import id.serasi.security.Staff;
import id.serasi.tasks.workflow.TaskConflict;
import id.serasi.tasks.workflow.TaskEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a task offered to one of the worker's groups. When two workers claim at the same moment the engine's
 * optimistic lock lets exactly one through; the other is told who has it.
 */
@Component
public class ClaimingTask {

    private final TaskEngine engine;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ClaimingTask(TaskEngine engine, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.engine = engine;
        this.events = events;
        this.transaction = transaction;
    }

    public Claim claim(String taskId, Staff staff) {
        try {
            // one transaction: the checks and the claim commit once
            return transaction.execute(status -> {
                var found = engine.findOffered(taskId, staff.candidateGroups());
                if (found.isEmpty()) {
                    return new Claim.Gone();
                }
                if (!found.get().toGroups()) {
                    return new Claim.NotOffered();
                }
                TaskInfo task = found.get().task();
                String holder = task.assignee();
                if (holder != null) {
                    return holder.equals(staff.username()) ? new Claim.Done(taskId) : new Claim.AlreadyClaimed(holder);
                }
                engine.claim(taskId, staff.username());
                events.publishEvent(new TaskClaimed(task, staff.username()));
                return new Claim.Done(taskId);
            });
        } catch (TaskConflict conflict) {
            return conflict.kind() == TaskConflict.Kind.GONE ? new Claim.Gone()
                    : new Claim.AlreadyClaimed(conflict.holder() == null ? "?" : conflict.holder());
        }
    }

    /** Gives a task back to the group; only its holder may. Published ({@link TaskUnclaimed}) in its transaction. */
    public Claim unclaim(String taskId, Staff staff) {
        var task = engine.find(taskId);
        if (task.isEmpty()) {
            return new Claim.Gone();
        }
        String holder = task.get().assignee();
        if (holder == null || !holder.equals(staff.username())) {
            return holder == null ? new Claim.Done(taskId) : new Claim.AlreadyClaimed(holder);
        }
        try {
            transaction.executeWithoutResult(status -> {
                engine.unclaim(taskId);
                events.publishEvent(new TaskUnclaimed(task.get(), staff.username()));
            });
            return new Claim.Done(taskId);
        } catch (TaskConflict conflict) {
            return new Claim.Gone();
        }
    }
}
