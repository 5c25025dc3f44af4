package id.serasi.tasks;

import id.serasi.security.Staff;
import id.serasi.tasks.workflow.TaskEngine;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The task lists: one engine query for the page of tasks, then one query per feature for the cases behind
 * the visible rows. Nothing else is loaded, however many tasks are open.
 */
@Component
public class ListingTasks {

    private final TaskEngine engine;
    private final List<CaseSummaries> summaries;

    ListingTasks(TaskEngine engine, List<CaseSummaries> summaries) {
        this.engine = engine;
        this.summaries = summaries;
    }

    public TaskPage<TaskRow> mine(Staff staff, int offset, int limit) {
        return withCases(engine.assignedTo(staff.username(), offset, limit));
    }

    /** Open tasks offered to my roles in my units, claimed or not. */
    public TaskPage<TaskRow> myUnits(Staff staff, int offset, int limit) {
        return withCases(engine.offeredTo(staff.candidateGroups(), offset, limit));
    }

    private TaskPage<TaskRow> withCases(TaskPage<TaskInfo> page) {
        Set<String> instances = page.rows().stream().map(TaskInfo::processInstanceId).collect(Collectors.toSet());
        Map<String, CaseSummary> cases = new HashMap<>();
        if (!instances.isEmpty()) {
            summaries.forEach(s -> cases.putAll(s.byProcessInstance(instances)));
        }
        Instant now = TaskEngine.now();
        List<TaskRow> rows = page.rows().stream()
                .map(t -> new TaskRow(t, cases.get(t.processInstanceId()), t.isOverdue(now))).toList();
        return new TaskPage<>(rows, page.total());
    }
}
