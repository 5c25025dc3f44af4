package id.serasi.tasks;

import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The supervisor's picture of each unit: caseload and overdue work per worker, unclaimed work, approvals waiting. */
@Component
public class Workload {

    public record WorkerLoad(String username, String displayName, long openTasks, long overdueTasks, long openCases) {
    }

    public record UnitLoad(String unitCode, long unclaimed, long overdue, long approvalsWaiting, List<WorkerLoad> workers) {
    }

    private final JdbcTemplate jdbc;
    private final StaffDirectory directory;
    private final ListingTasks.Clock clock;

    Workload(JdbcTemplate jdbc, StaffDirectory directory, ListingTasks.Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UnitLoad> of(Staff supervisor) {
        List<UnitLoad> units = new ArrayList<>();
        if (!supervisor.has(Role.SUPERVISOR)) {
            return units;
        }
        Timestamp now = Timestamp.from(clock.now());
        for (String unit : supervisor.units().stream().sorted().toList()) {
            String inUnit = " from task_inbox t where exists (select 1 from task_inbox_group g where g.task_id = t.task_id"
                    + " and g.group_key like ?)";
            String unitGroups = "%:" + unit;
            Map<String, long[]> tasks = new HashMap<>();
            jdbc.query("select t.assignee, count(*), sum(case when t.due_at < ? then 1 else 0 end)" + inUnit
                    + " and t.assignee is not null group by t.assignee", rs -> {
                        tasks.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }, now, unitGroups);
            Map<String, Long> cases = new HashMap<>();
            jdbc.query("select case_manager, count(*) from atensi_case where unit_code = ? and status = 'OPEN'"
                    + " and case_manager is not null group by case_manager", rs -> {
                        cases.put(rs.getString(1), rs.getLong(2));
                    }, unit);
            List<WorkerLoad> workers = new ArrayList<>();
            for (Staff worker : directory.staffOf(unit, Role.SOCIAL_WORKER)) {
                long[] load = tasks.getOrDefault(worker.username(), new long[2]);
                workers.add(new WorkerLoad(worker.username(), worker.displayName(), load[0], load[1],
                        cases.getOrDefault(worker.username(), 0L)));
            }
            long unclaimed = count("select count(*)" + inUnit + " and t.assignee is null", unitGroups);
            long overdue = jdbc.queryForObject("select count(*)" + inUnit + " and t.due_at < ?", Long.class, unitGroups, now);
            long approvals = count("select count(*) from task_inbox_group g where g.group_key = ?",
                    Staff.candidateGroup(Role.SUPERVISOR, unit));
            units.add(new UnitLoad(unit, unclaimed, overdue, approvals, workers));
        }
        return units;
    }

    private long count(String sql, Object arg) {
        Long value = jdbc.queryForObject(sql, Long.class, arg);
        return value == null ? 0 : value;
    }
}
