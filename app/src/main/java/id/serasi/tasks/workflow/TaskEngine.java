package id.serasi.tasks.workflow;

import id.serasi.tasks.TaskInfo;
import id.serasi.tasks.TaskPage;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The engine's task service, as Serasi's use cases need it. Engine exceptions become {@link TaskConflict}. */
@Component
public class TaskEngine {

    static final String FORM_KEY_PREFIX = "serasi:";

    private final TaskService tasks;

    TaskEngine(TaskService tasks) {
        this.tasks = tasks;
    }

    public Optional<TaskInfo> find(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult())
                .map(TaskEngine::info);
    }

    /** Whether the task is offered to one of the groups (claimed or not). */
    public boolean isOfferedTo(String taskId, Collection<String> candidateGroups) {
        return !candidateGroups.isEmpty() && tasks.createTaskQuery().taskId(taskId)
                .taskCandidateGroupIn(List.copyOf(candidateGroups)).includeAssignedTasks().count() > 0;
    }

    public TaskPage<TaskInfo> assignedTo(String username, int offset, int limit) {
        return page(tasks.createTaskQuery().taskAssignee(username).active(), offset, limit);
    }

    public TaskPage<TaskInfo> offeredTo(Collection<String> candidateGroups, int offset, int limit) {
        if (candidateGroups.isEmpty()) {
            return new TaskPage<>(List.of(), 0);
        }
        return page(tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(candidateGroups)).includeAssignedTasks()
                .active(), offset, limit);
    }

    public List<TaskInfo> openTasksOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).initializeFormKeys().orderByTaskCreateTime()
                .asc().list().stream().map(TaskEngine::info).toList();
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

    public void unclaim(String taskId) {
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new TaskConflict(TaskConflict.Kind.TAKEN, currentAssignee(taskId), e);
        } catch (NullValueException e) {
            throw new TaskConflict(TaskConflict.Kind.GONE, null, e);
        }
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

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private String currentAssignee(String taskId) {
        return find(taskId).map(TaskInfo::assignee).orElse(null);
    }

    private static TaskPage<TaskInfo> page(TaskQuery query, int offset, int limit) {
        long total = query.count();
        List<TaskInfo> rows = query.initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit).stream().map(TaskEngine::info).toList();
        return new TaskPage<>(rows, total);
    }

    private static TaskInfo info(Task task) {
        String formKey = task.getFormKey();
        if (formKey != null && formKey.startsWith(FORM_KEY_PREFIX)) {
            formKey = formKey.substring(FORM_KEY_PREFIX.length());
        }
        return new TaskInfo(task.getId(), task.getName(), task.getTaskDefinitionKey(), formKey,
                task.getProcessInstanceId(), processKeyOf(task), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant());
    }

    private static String processKeyOf(Task task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
