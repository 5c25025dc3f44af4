package id.serasi.operations;

import id.serasi.atensi.StageCompleted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Figures for Prometheus ({@code /actuator/prometheus}): open and overdue tasks per unit and process, failed
 * engine jobs (incidents), and how long cases stand in each stage. Counted from the task inbox every {@code serasi.metrics.refresh} rather than at every
 * scrape, so a busy scraper cannot load the database. Whistleblowing tasks carry no unit (unit "-"): a metric must
 * not say which unit a report is about.
 */
@Component
class WorkMetrics {

    static final String ATENSI = "atensi-rehabilitation";
    static final String WHISTLEBLOWING = "whistleblowing";

    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;
    private final MultiGauge open;
    private final MultiGauge overdue;

    WorkMetrics(JdbcTemplate jdbc, MeterRegistry registry, @Qualifier("failedJobs") LongSupplier failedJobs) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.open = MultiGauge.builder("serasi.tasks.open").description("Open user tasks").register(registry);
        this.overdue = MultiGauge.builder("serasi.tasks.overdue").description("Open user tasks past their due date")
                .register(registry);
        registry.gauge("serasi.jobs.failed", Tags.empty(), failedJobs, s -> s.getAsLong());
    }

    @Scheduled(fixedDelayString = "${serasi.metrics.refresh:PT30S}", initialDelay = 5_000)
    void refresh() {
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
        jdbc.query("""
                select unit, process, count(*) as open_tasks, sum(overdue) as overdue_tasks
                from (select coalesce(c.unit_code, '-') as unit,
                             case when i.case_id is null then ? else ? end as process,
                             case when i.due_at < ? then 1 else 0 end as overdue
                      from task_inbox i left join atensi_case c on c.id = i.case_id) tasks
                group by unit, process
                """, rs -> {
                    Tags tags = Tags.of("unit", rs.getString("unit"), "process", rs.getString("process"));
                    openRows.add(MultiGauge.Row.of(tags, rs.getLong("open_tasks")));
                    overdueRows.add(MultiGauge.Row.of(tags, rs.getLong("overdue_tasks")));
                }, WHISTLEBLOWING, ATENSI, Timestamp.from(Instant.now()));
        open.register(openRows, true);
        overdue.register(overdueRows, true);
    }

    /** Stage durations per stage and unit, counted once the move has committed. */
    @TransactionalEventListener
    void stageCompleted(StageCompleted completed) {
        Timer.builder("serasi.stage.duration").description("How long cases stood in a stage")
                .tags("stage", completed.stage().name(), "unit", completed.unit())
                .register(registry).record(completed.took());
    }
}
