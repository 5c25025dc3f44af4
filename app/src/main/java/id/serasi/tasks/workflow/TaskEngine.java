package id.serasi.tasks.workflow;

import id.serasi.tasks.TaskInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The engine's task service, as Serasi's use cases need it. Engine exceptions become {@link TaskConflict}. */
@Component
public class TaskEngine {

    static final String FORM_KEY_PREFIX = "serasi:";

    /** The columns of {@code task_inbox} that {@link #inboxTask} reads. */
    public static final String INBOX_COLUMNS = "t.task_id, t.name, t.definition_key, t.form_key, t.process_instance_id,"
            + " t.case_id, t.assignee, t.due_at, t.created_at";

    private final TaskService tasks;
    private final NamedParameterJdbcTemplate jdbc;

    TaskEngine(TaskService tasks, NamedParameterJdbcTemplate jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /*
     * An open task and whom it is offered to are read from the task inbox, which the engine's own task listeners
     * write in the engine's transaction (TaskInboxProjection): it answers as the engine would, with one indexed read,
     * where the engine's task query spends about a millisecond of CPU building its dynamic SQL (bench/, B1). Who
     * wins a race is still decided by the engine's optimistic lock when the task is claimed or completed.
     */

    public Optional<TaskInfo> find(String taskId) {
        return jdbc.query("select " + INBOX_COLUMNS + " from task_inbox t where t.task_id = :task",
                Map.of("task", taskId), (rs, row) -> inboxTask(rs)).stream().findFirst();
    }

    /** An open task and whether it is offered to one of the groups (claimed or not). */
    public record Offered(TaskInfo task, boolean toGroups) {
    }

    /** The task and whether it is offered to one of the groups, in one read. */
    public Optional<Offered> findOffered(String taskId, Collection<String> candidateGroups) {
        if (candidateGroups.isEmpty()) {
            return find(taskId).map(task -> new Offered(task, false));
        }
        return jdbc.query("select " + INBOX_COLUMNS + ", exists (select 1 from task_inbox_group g"
                        + " where g.task_id = t.task_id and g.group_key in (:groups)) as offered"
                        + " from task_inbox t where t.task_id = :task", Map.of("task", taskId, "groups", candidateGroups),
                (rs, row) -> new Offered(inboxTask(rs), rs.getBoolean("offered"))).stream().findFirst();
    }

    /** A {@code task_inbox} row (its {@link #INBOX_COLUMNS}) as a task. */
    public static TaskInfo inboxTask(ResultSet rs) throws SQLException {
        return new TaskInfo(rs.getString("task_id"), rs.getString("name"), rs.getString("definition_key"),
                formKey(rs.getString("form_key")), rs.getString("process_instance_id"),
                rs.getObject("case_id", Long.class), rs.getString("assignee"),
                instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("created_at")));
    }

    public List<TaskInfo> openTasksOf(String processInstanceId) {
        return jdbc.query("select " + INBOX_COLUMNS + " from task_inbox t where t.process_instance_id = :process"
                + " order by t.created_at, t.task_id", Map.of("process", processInstanceId), (rs, row) -> inboxTask(rs));
    }

    /** A variable the task sees (its own, its execution's or the process's). */
    public Object variable(String taskId, String name) {
        return tasks.getVariable(taskId, name);
    }

    public void claim(String taskId, String username) {
        try {
            tasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflict(TaskConflict.Kind.TAKEN, e.getTaskAssignee(), e);
        } catch (OptimisticLockingException e) {
            throw new TaskConflict(TaskConflict.Kind.TAKEN, currentAssignee(taskId), e);
        } catch (NullValueException e) {
            throw new TaskConflict(TaskConflict.Kind.GONE, null, e);
        }
    }

    /** Sets the holder whoever held it before (a supervisor's assignment); null gives the task back. */
    public void assign(String taskId, String username) {
        try {
            tasks.setAssignee(taskId, username);
        } catch (OptimisticLockingException e) {
            throw new TaskConflict(TaskConflict.Kind.TAKEN, currentAssignee(taskId), e);
        } catch (NullValueException e) {
            throw new TaskConflict(TaskConflict.Kind.GONE, null, e);
        }
    }

    public List<String> candidateGroups(String taskId) {
        return candidateGroupsOf(tasks.getIdentityLinksForTask(taskId));
    }

    /** The groups among a task's identity links that it is offered to. */
    static List<String> candidateGroupsOf(Collection<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    /** Gives a task back to the groups it is offered to. */
    public void unclaim(String taskId) {
        assign(taskId, null);
    }

    public void complete(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new TaskConflict(TaskConflict.Kind.GONE, null, e);
        } catch (NullValueException e) {
            throw new TaskConflict(TaskConflict.Kind.GONE, null, e);
        } catch (ProcessEngineException e) {
            if (find(taskId).isEmpty()) {
                throw new TaskConflict(TaskConflict.Kind.GONE, null, e);
            }
            throw e;
        }
    }

    /**
     * Who holds the task after our write lost the race: asked of the engine, because this transaction's inbox row
     * already carries our own write (the listener ran before the engine found it had lost).
     */
    private String currentAssignee(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    /** The model's {@code serasi:<key>} without the prefix. */
    private static String formKey(String modelled) {
        return modelled != null && modelled.startsWith(FORM_KEY_PREFIX) ? modelled.substring(FORM_KEY_PREFIX.length())
                : modelled;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
