package id.serasi.tasks;

import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.workflow.TaskConflict;
import id.serasi.tasks.workflow.TaskEngine;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervisors balance caseloads within their units: assign or reassign one task to a colleague who holds the role the
 * task is offered to, or hand all of a leaving worker's tasks in a unit to another worker. Each task moved is published
 * ({@link TaskAssigned}) inside its transaction, for the case's audit trail.
 */
@Component
public class AssigningTask {

    private final TaskEngine engine;
    private final StaffDirectory directory;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AssigningTask(TaskEngine engine, StaffDirectory directory, JdbcTemplate jdbc, ApplicationEventPublisher events,
                  TransactionTemplate transaction) {
        this.engine = engine;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
    }

    public Assignment assign(String taskId, String toUsername, Staff supervisor) {
        if (!supervisor.has(Role.SUPERVISOR)) {
            return new Assignment.NotAllowed("assign.notSupervisor");
        }
        Optional<TaskInfo> task = engine.find(taskId);
        if (task.isEmpty()) {
            return new Assignment.Gone();
        }
        Optional<String> group = engine.candidateGroups(taskId).stream().filter(g -> supervises(supervisor, g)).findFirst();
        if (group.isEmpty()) {
            return new Assignment.NotAllowed("assign.notYourUnit");
        }
        if (!mayHold(toUsername, group.get())) {
            return new Assignment.NotAllowed("assign.notEligible");
        }
        try {
            transaction.executeWithoutResult(status -> {
                engine.assign(taskId, toUsername);
                events.publishEvent(new TaskAssigned(task.get(), task.get().assignee(), toUsername,
                        supervisor.username()));
            });
            return new Assignment.Assigned(1, 0);
        } catch (TaskConflict conflict) {
            return new Assignment.Gone();
        }
    }

    /** Every task the leaving worker holds in the unit goes to {@code toUsername}, one transaction per task. */
    public Assignment handOver(String fromUsername, String toUsername, String unitCode, Staff supervisor) {
        if (!supervisor.has(Role.SUPERVISOR) || !supervisor.belongsTo(unitCode)) {
            return new Assignment.NotAllowed("assign.notYourUnit");
        }
        if (fromUsername == null || fromUsername.equals(toUsername)
                || directory.find(toUsername).filter(s -> s.belongsTo(unitCode)).isEmpty()) {
            return new Assignment.NotAllowed("assign.notEligible");
        }
        List<String[]> held = jdbc.query("select t.task_id, g.group_key from task_inbox t join task_inbox_group g"
                + " on g.task_id = t.task_id where t.assignee = ? and g.group_key like ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, fromUsername, "%:" + unitCode);
        int moved = 0;
        int skipped = 0;
        for (String[] task : held) {
            if (!mayHold(toUsername, task[1])) {
                skipped++;
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> {
                    Optional<TaskInfo> before = engine.find(task[0]);
                    engine.assign(task[0], toUsername);
                    before.ifPresent(t -> events.publishEvent(new TaskAssigned(t, fromUsername, toUsername,
                            supervisor.username())));
                });
                moved++;
            } catch (TaskConflict conflict) {
                skipped++;
            }
        }
        transaction.executeWithoutResult(status ->
                events.publishEvent(new WorkHandedOver(fromUsername, toUsername, unitCode, supervisor.username())));
        return new Assignment.Assigned(moved, skipped);
    }

    private static boolean supervises(Staff supervisor, String group) {
        int colon = group.indexOf(':');
        return colon > 0 && supervisor.belongsTo(group.substring(colon + 1));
    }

    /** Whether the colleague has the group's role in the group's unit. */
    private boolean mayHold(String username, String group) {
        int colon = group.indexOf(':');
        String role = group.substring(0, colon);
        String unit = group.substring(colon + 1);
        return directory.find(username)
                .filter(s -> s.belongsTo(unit) && s.roles().stream().anyMatch(r -> r.realmName().equals(role)))
                .isPresent();
    }
}
