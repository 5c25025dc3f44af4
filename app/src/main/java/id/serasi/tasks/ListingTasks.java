package id.serasi.tasks;

import id.serasi.security.Staff;
import id.serasi.tasks.workflow.TaskEngine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task lists, from the task inbox: one query for the page (tasks with their cases and beneficiaries joined) and
 * one for the count. Nothing else is loaded, however many tasks are open.
 */
@Component
public class ListingTasks {

    private static final String FROM = " from task_inbox t join atensi_case c on c.id = t.case_id"
            + " join beneficiary b on b.id = c.beneficiary_id";
    private static final String OFFERED = " exists (select 1 from task_inbox_group g where g.task_id = t.task_id"
            + " and g.group_key in (:groups))";
    /** Case tasks offered to my groups, as the group table's due-date index holds them. */
    private static final String OFFERED_BY_DUE = " from task_inbox_group g where g.group_key in (:groups)"
            + " and g.case_id is not null";
    private static final String COLUMNS = "select " + TaskEngine.INBOX_COLUMNS + ", c.case_number, b.full_name,"
            + " c.stage, c.priority, c.unit_code, c.target_group";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** The engine's clock, so that "overdue" agrees with the timers; replaceable in tests. */
    public interface Clock {
        Instant now();
    }

    ListingTasks(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TaskPage<TaskRow> mine(Staff staff, TaskFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("user", staff.username());
        return page(" t.assignee = :user", params, filter, offset, limit);
    }

    /** Open tasks offered to my roles in my units, claimed or not. */
    @Transactional(readOnly = true)
    public TaskPage<TaskRow> myUnits(Staff staff, TaskFilter filter, int offset, int limit) {
        if (staff.candidateGroups().isEmpty()) {
            return new TaskPage<>(List.of(), 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("groups", List.copyOf(staff.candidateGroups()));
        if (filter.isDefault()) {
            return soonestDue(params, offset, limit);
        }
        return page(OFFERED, params, filter, offset, limit);
    }

    /**
     * The list as it opens (nothing narrowed, soonest due first): the page's task ids and the count come from the
     * group table's index alone, and only the page's rows are joined to their cases.
     */
    private TaskPage<TaskRow> soonestDue(MapSqlParameterSource params, int offset, int limit) {
        return fetch("select count(distinct g.task_id)" + OFFERED_BY_DUE, COLUMNS + FROM
                + " where t.task_id in (select g.task_id" + OFFERED_BY_DUE + " group by g.due_at, g.task_id"
                + " order by g.due_at asc nulls last, g.task_id limit :limit offset :offset)"
                + " order by " + order(TaskFilter.NONE), params, offset, limit, clock.now());
    }

    /** Open tasks of the cases I manage that I do not hold myself: what I follow up on, in my units only. */
    @Transactional(readOnly = true)
    public TaskPage<TaskRow> followed(Staff staff, TaskFilter filter, int offset, int limit) {
        if (staff.caseUnits().isEmpty()) {
            return new TaskPage<>(List.of(), 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("user", staff.username())
                .addValue("units", List.copyOf(staff.caseUnits()));
        return page(" c.case_manager = :user and c.unit_code in (:units)"
                + " and (t.assignee is null or t.assignee <> :user)", params, filter, offset, limit);
    }

    /** Tasks offered to my groups that nobody holds yet. */
    @Transactional(readOnly = true)
    public long unclaimedInMyUnits(Staff staff) {
        if (staff.candidateGroups().isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("groups", List.copyOf(staff.candidateGroups()));
        return jdbc.queryForObject("select count(*)" + FROM + " where t.assignee is null and" + OFFERED, params, Long.class);
    }

    public TaskPage<TaskRow> mine(Staff staff, int offset, int limit) {
        return mine(staff, TaskFilter.NONE, offset, limit);
    }

    public TaskPage<TaskRow> myUnits(Staff staff, int offset, int limit) {
        return myUnits(staff, TaskFilter.NONE, offset, limit);
    }

    private TaskPage<TaskRow> page(String scope, MapSqlParameterSource params, TaskFilter filter, int offset, int limit) {
        Instant now = clock.now();
        String where = " where" + scope + narrowing(filter, params, now);
        return fetch("select count(*)" + FROM + where,
                COLUMNS + FROM + where + " order by " + order(filter) + " limit :limit offset :offset",
                params, offset, limit, now);
    }

    /** The count, then (when there is anything to show) the page's rows; {@code rows} takes :limit and :offset. */
    private TaskPage<TaskRow> fetch(String count, String rows, MapSqlParameterSource params, int offset, int limit,
                                    Instant now) {
        long total = jdbc.queryForObject(count, params, Long.class);
        if (limit <= 0 || total == 0) {
            return new TaskPage<>(List.of(), total);
        }
        params.addValue("limit", limit).addValue("offset", offset);
        return new TaskPage<>(jdbc.query(rows, params, (rs, n) -> row(rs, now)), total);
    }

    private static String narrowing(TaskFilter f, MapSqlParameterSource params, Instant now) {
        StringBuilder sql = new StringBuilder();
        if (f.text() != null && !f.text().isBlank()) {
            params.addValue("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
            sql.append(" and (lower(b.full_name) like :text or lower(c.case_number) like :text or b.nik like :text)");
        }
        equal(sql, params, "c.stage", "stage", f.stage());
        equal(sql, params, "c.priority", "priority", f.priority());
        equal(sql, params, "c.target_group", "targetGroup", f.targetGroup());
        equal(sql, params, "c.unit_code", "unitCode", f.unitCode());
        if (f.due() != null) {
            ZonedDateTime today = now.atZone(ZoneId.of("Asia/Jakarta")).toLocalDate().atStartOfDay(ZoneId.of("Asia/Jakarta"));
            switch (f.due()) {
                case OVERDUE -> sql.append(" and t.due_at < :now");
                case TODAY -> sql.append(" and t.due_at >= :from and t.due_at < :until");
                case THIS_WEEK -> sql.append(" and t.due_at < :until");
            }
            params.addValue("now", Timestamp.from(now)).addValue("from", Timestamp.from(today.toInstant()))
                    .addValue("until", Timestamp.from((f.due() == TaskFilter.Due.TODAY ? today.plusDays(1)
                            : today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))).toInstant()));
        }
        return sql.toString();
    }

    private static void equal(StringBuilder sql, MapSqlParameterSource params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = :").append(name);
            params.addValue(name, value);
        }
    }

    private static String order(TaskFilter f) {
        String direction = f.descending() ? " desc" : " asc";
        String first = switch (f.sort()) {
            case DUE -> "t.due_at" + direction + " nulls last";
            case PRIORITY -> "case c.priority when 'DARURAT' then 0 when 'TINGGI' then 1 when 'SEDANG' then 2 else 3 end"
                    + direction + ", t.due_at asc nulls last";
            case CREATED -> "t.created_at" + direction;
            case CASE_NUMBER -> "c.case_number" + direction;
            case BENEFICIARY -> "b.full_name" + direction;
            case STAGE -> "c.stage" + direction;
        };
        return first + ", t.task_id";
    }

    private static TaskRow row(ResultSet rs, Instant now) throws SQLException {
        TaskInfo task = TaskEngine.inboxTask(rs);
        CaseSummary subject = new CaseSummary(rs.getString("case_number"), rs.getString("full_name"),
                rs.getString("stage"), rs.getString("priority"), rs.getString("unit_code"), rs.getString("target_group"));
        return new TaskRow(task, subject, task.isOverdue(now));
    }
}
