package id.serasi.tasks.workflow;

import static id.serasi.Fixtures.ayu;
import static id.serasi.Fixtures.intake;
import static id.serasi.Fixtures.woman;
import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outside probe: a task created outside any model made the start-up rebuild insert a null, and the application
 * refused to start. Such a task is counted out and left out; the cases' tasks are rebuilt.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:inbox-rebuild;DB_CLOSE_DELAY=-1",
        "serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false"})
class TaskInboxRebuildTest {

    @Autowired TaskInboxRebuild rebuild;
    @Autowired TaskService tasks;
    @Autowired RegisteringCase registering;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTaskOfNoProcessIsLeftOutAndTheCasesTasksAreRebuilt() {
        assertThat(registering.register(woman(9101), intake(), "handayani", false, ayu()))
                .isInstanceOf(Registration.Registered.class);
        Task standalone = tasks.newTask();
        standalone.setName("Dibuat lewat REST");
        tasks.saveTask(standalone);
        long caseTasks = jdbc.queryForObject("select count(*) from task_inbox", Long.class);
        assertThat(caseTasks).isPositive();

        jdbc.update("delete from task_inbox_group");
        jdbc.update("delete from task_inbox");
        rebuild.rebuildIfOutOfStep();

        assertThat(jdbc.queryForObject("select count(*) from task_inbox", Long.class)).isEqualTo(caseTasks);
        assertThat(jdbc.queryForObject("select count(*) from task_inbox where task_id = ?", Long.class,
                standalone.getId())).isZero();
    }
}
