package id.serasi.tasks.workflow;

import id.serasi.tasks.TaskInfo;
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

    private String currentAssignee(String taskId) {
        return find(taskId).map(TaskInfo::assignee).orElse(null);
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
