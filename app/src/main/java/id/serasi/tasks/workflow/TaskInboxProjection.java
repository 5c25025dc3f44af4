package id.serasi.tasks.workflow;

import id.serasi.common.workflow.ParseListeners;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code task_inbox} table in step with every user task of every model: created, assigned, updated,
 * completed or deleted, in the engine's own transaction. Tasks of a Serasi case carry the process variable
 * {@code caseId}.
 */
@Component
class TaskInboxProjection extends AbstractProcessEnginePlugin {

    static final String CASE_ID = "caseId";

    private final JdbcTemplate jdbc;

    TaskInboxProjection(@Lazy JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPost(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                String formKey = definition.getFormKey() == null ? null : definition.getFormKey().getExpressionText();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> created(task, formKey));
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, TaskInboxProjection.this::updated);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskInboxProjection.this::removed);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, TaskInboxProjection.this::removed);
            }
        });
    }

    private void created(DelegateTask task, String formKey) {
        // the case is the process instance's own variable: asking the new task would first query its local variables
        Object caseId = task.getExecution().getProcessInstance().getVariableLocal(CASE_ID);
        insert(jdbc, new Row(task.getId(), task.getProcessInstanceId(), caseId, task.getName(),
                task.getTaskDefinitionKey(), formKey, task.getAssignee(), task.getDueDate(), task.getCreateTime()),
                TaskEngine.candidateGroupsOf(task.getCandidates()));
    }

    /** An open task as the inbox stores it. */
    record Row(String taskId, String processInstanceId, Object caseId, String name, String definitionKey,
               String formKey, String assignee, java.util.Date due, java.util.Date created) {
    }

    static void insert(JdbcTemplate jdbc, Row row, List<String> candidateGroups) {
        Long caseId = row.caseId() instanceof Number n ? n.longValue() : null;
        Timestamp due = timestamp(row.due());
        jdbc.update("insert into task_inbox (task_id, process_instance_id, case_id, name, definition_key, form_key,"
                        + " assignee, due_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.taskId(), row.processInstanceId(), caseId, row.name(), row.definitionKey(), row.formKey(),
                row.assignee(), due, timestamp(row.created()));
        for (String group : candidateGroups) {
            jdbc.update("insert into task_inbox_group (group_key, task_id, due_at, case_id) values (?, ?, ?, ?)", group,
                    row.taskId(), due, caseId);
        }
    }

    private void updated(DelegateTask task) {
        Timestamp due = timestamp(task.getDueDate());
        jdbc.update("update task_inbox set assignee = ?, due_at = ?, name = ? where task_id = ?",
                task.getAssignee(), due, task.getName(), task.getId());
        if (mayHaveNewDueDate(task)) {
            jdbc.update("update task_inbox_group set due_at = ? where task_id = ?", due, task.getId());
        }
    }

    /**
     * Whether the groups' copy of the due date may be stale. A claim, a release or an assignment (nearly every update)
     * changes only the assignee, which the engine lists among the update's changes; where it lists none, say yes.
     */
    private static boolean mayHaveNewDueDate(DelegateTask task) {
        if (task instanceof TaskEntity entity) {
            Map<String, PropertyChange> changes = entity.getPropertyChanges();
            return changes.isEmpty() || changes.containsKey(TaskEntity.DUE_DATE);
        }
        return true;
    }

    private void removed(DelegateTask task) {
        jdbc.update("delete from task_draft where task_id = ?", task.getId());
        // its task_inbox_group rows go with it (on delete cascade)
        jdbc.update("delete from task_inbox where task_id = ?", task.getId());
    }

    private static Timestamp timestamp(java.util.Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
