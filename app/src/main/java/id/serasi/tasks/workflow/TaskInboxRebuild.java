package id.serasi.tasks.workflow;

import id.serasi.common.StartupStep;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the task inbox from the engine when the two disagree on how many tasks are open (a database from before
 * the inbox existed, or a restore). Normal operation never needs it: the projection runs in every task transaction.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class TaskInboxRebuild implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(TaskInboxRebuild.class);

    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;

    TaskInboxRebuild(TaskService tasks, ManagementService management, JdbcTemplate jdbc) {
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "task-inbox";
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        rebuildIfOutOfStep();
    }

    /** Tasks of no process (created over the engine's REST) are no inbox's: counted out and left out. */
    void rebuildIfOutOfStep() {
        long engine = tasks.createTaskQuery().count() - tasks.createNativeTaskQuery()
                .sql("select count(*) from " + management.getTableName(Task.class) + " where PROC_INST_ID_ is null")
                .count();
        Long inbox = jdbc.queryForObject("select count(*) from task_inbox", Long.class);
        if (inbox != null && inbox == engine) {
            return;
        }
        log.warn("Task inbox has {} tasks, the engine {}: rebuilding the inbox", inbox, engine);
        jdbc.update("delete from task_inbox_group");
        jdbc.update("delete from task_inbox");
        for (Task task : tasks.createTaskQuery().initializeFormKeys().list()) {
            if (task.getProcessInstanceId() == null) {
                // a task created outside any model (the engine's REST) belongs to no case and no list
                log.warn("Task {} ('{}') belongs to no process: left out of the task inbox", task.getId(),
                        task.getName());
                continue;
            }
            TaskInboxProjection.insert(jdbc, new TaskInboxProjection.Row(task.getId(), task.getProcessInstanceId(),
                    tasks.getVariable(task.getId(), TaskInboxProjection.CASE_ID), task.getName(),
                    task.getTaskDefinitionKey(), task.getFormKey(), task.getAssignee(), task.getDueDate(),
                    task.getCreateTime()), TaskEngine.candidateGroupsOf(tasks.getIdentityLinksForTask(task.getId())));
        }
    }
}
