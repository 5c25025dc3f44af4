package id.serasi.tasks;

import static id.serasi.Fixtures.ayu;
import static id.serasi.Fixtures.citra;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200,000 open tasks over 2,000 cases in four units: a page of a task list still reads a bounded number of rows
 * (the page, plus one count row) in two queries. Speed is measured in bench/, not here.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:inbox200k;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListAt200kTest {

    static final int CASES = 2_000;
    static final int TASKS_PER_CASE = 100;
    static final String[] UNITS = {"handayani", "inten-soeweno", "pangudi-luhur", "paramita"};

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && name.equals("dataSource") ? RowCounting.wrap(ds) : bean;
                }
            };
        }
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired ListingTasks listing;

    @BeforeAll
    void generate() {
        Instant now = Instant.now();
        Timestamp created = Timestamp.from(now);
        jdbc.update("insert into beneficiary (nik, kk, full_name, normalized_name, gender, birth_date, address,"
                + " region_code, created_at) select '3175' || lpad(cast(x as varchar), 12, '0'), '3175101203150007',"
                + " 'Penerima ' || x, 'penerima ' || x, 'FEMALE', date '1990-01-01', 'Jl. Contoh', '3175101003', ?"
                + " from system_range(1, " + CASES + ")", created);
        List<Object[]> caseRows = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            caseRows.add(new Object[] {String.format("ATN-2026-9%05d", i), (long) i, UNITS[i % UNITS.length],
                    i % 3 == 0 ? "TINGGI" : "SEDANG", "pi-" + i, created});
        }
        jdbc.batchUpdate("insert into atensi_case (case_number, beneficiary_id, unit_code, target_group, setting,"
                + " intake_channel, emergency, problem, stage, status, priority, registered_by, process_instance_id,"
                + " opened_at) values (?, (select id from beneficiary where nik = '3175' || lpad(cast(? as varchar), 12, '0')),"
                + " ?, 'PPKS_LAIN', 'FAMILY', 'WALK_IN', false, 'uji beban', 'ASSESSMENT', 'OPEN', ?, 'generator', ?, ?)",
                caseRows);
        jdbc.update("insert into task_inbox (task_id, process_instance_id, case_id, name, definition_key, form_key,"
                + " assignee, due_at, created_at) select 't-' || x, c.process_instance_id, c.id, 'Asesmen komprehensif',"
                + " 'UserTask_Assessment', 'serasi:assessment', case when mod(x, 40) = 3"
                + " then 'ayu.lestari' else null end, dateadd('HOUR', mod(x, 500) - 100, cast(? as timestamp with time zone)), cast(? as timestamp with time zone)"
                + " from system_range(1, " + CASES * TASKS_PER_CASE + ") r"
                + " join atensi_case c on c.case_number = 'ATN-2026-9' || lpad(cast(mod(x, " + CASES + ") + 1 as varchar), 5, '0')",
                Timestamp.from(now.plus(Duration.ofDays(1))), created);
        jdbc.update("insert into task_inbox_group (group_key, task_id, due_at, case_id) select 'social-worker:'"
                + " || c.unit_code, t.task_id, t.due_at, t.case_id from task_inbox t join atensi_case c on c.id = t.case_id");
        assertThat(jdbc.queryForObject("select count(*) from task_inbox", Long.class)).isEqualTo(200_000L);
    }

    @Test
    void aPageOfMyUnitsTasksReadsOnlyThePage() {
        TaskPage<TaskRow>[] page = new TaskPage[1];
        List<RowCounting.Query> queries = RowCounting.record(() -> page[0] = listing.myUnits(ayu(),
                TaskFilter.NONE.sortedBy(TaskFilter.Sort.PRIORITY, false), 1_000, 50));
        assertThat(page[0].rows()).hasSize(50);
        assertThat(page[0].total()).isEqualTo(50_000);
        assertThat(page[0].rows()).allMatch(r -> r.subject().unitCode().equals("handayani"));
        assertThat(queries).hasSize(2);
        assertThat(queries).allMatch(q -> q.rows() <= 50);
    }

    @Test
    void theListAsItOpensReadsOnlyThePageInDueOrder() {
        TaskPage<TaskRow>[] page = new TaskPage[1];
        List<RowCounting.Query> queries = RowCounting.record(() -> page[0] = listing.myUnits(ayu(), 500, 50));
        assertThat(page[0].total()).isEqualTo(50_000);
        assertThat(page[0].rows()).hasSize(50).allMatch(r -> r.subject().unitCode().equals("handayani"));
        assertThat(page[0].rows()).extracting(r -> r.task().due()).isSorted();
        assertThat(queries).hasSize(2).allMatch(q -> q.rows() <= 50);
        TaskPage<TaskRow> sorted = listing.myUnits(ayu(), TaskFilter.NONE.sortedBy(TaskFilter.Sort.DUE, true), 0, 1);
        assertThat(listing.myUnits(ayu(), 49_999, 50).rows()).hasSize(1)
                .allMatch(last -> last.task().due().equals(sorted.rows().get(0).task().due()));
    }

    @Test
    void myTasksAndAFilteredListAreBoundedToo() {
        List<RowCounting.Query> mine = RowCounting.record(() -> assertThat(listing.mine(ayu(), 0, 50).total()).isEqualTo(5_000));
        assertThat(mine).hasSize(2).allMatch(q -> q.rows() <= 50);
        TaskFilter overdueHigh = new TaskFilter(null, null, "TINGGI", null, TaskFilter.Due.OVERDUE, null, null, false);
        List<RowCounting.Query> filtered = RowCounting.record(() -> assertThat(listing.myUnits(ayu(), overdueHigh, 0, 50)
                .rows()).hasSize(50).allMatch(r -> r.overdue() && r.subject().priority().equals("TINGGI")));
        assertThat(filtered).hasSize(2).allMatch(q -> q.rows() <= 50);
        assertThat(listing.myUnits(citra(), overdueHigh, 0, 50).total()).isZero();
    }
}
