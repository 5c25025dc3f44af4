package id.serasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasi.bench.IndonesianData.Place;
import id.serasi.security.Staff;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskFilter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B2: a social worker's page of 50 tasks with their cases, at the population's open tasks over 31 units. Serasi
 * reads its task inbox (one page query, one count); the baselines build the same page as a Camunda Tasklist-style
 * client would: the engine's task query (through the engine REST API, and through the Java API without HTTP), then
 * for each row the task's variables and the case behind it.
 */
final class TaskListBench {

    private static final int PAGE = 50;
    private static final String CASE_LOOKUP = "select c.case_number, b.full_name, c.stage, c.priority, c.unit_code,"
            + " c.target_group from atensi_case c join beneficiary b on b.id = c.beneficiary_id where c.id = ?";

    private final SerasiNode node;
    private final Report report;
    private final JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String basic = "Basic " + Base64.getEncoder()
            .encodeToString("rina.marlina:Serasi#2026".getBytes(StandardCharsets.UTF_8));

    TaskListBench(SerasiNode node, Report report) {
        this.node = node;
        this.report = report;
        this.jdbc = new JdbcTemplate(node.dataSource());
    }

    void run(int samples) {
        report.heading("B2 — task list page of " + PAGE + " with case data");
        long open = jdbc.queryForObject("select count(*) from task_inbox", Long.class);
        long engineTasks = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
        report.line("Open tasks: %,d in the task inbox, %,d in the engine, over %d units.", open, engineTasks,
                IndonesianData.UNITS.size());
        ListingTasks listing = node.bean(ListingTasks.class);
        TaskService tasks = node.bean(TaskService.class);
        Random pages = new Random(8);
        // pages up to the 10th, as deep as the smallest unit's social worker list goes
        long smallestUnit = jdbc.queryForObject("select min(n) from (select count(*) n from task_inbox_group"
                + " where group_key like 'social-worker:%' group by group_key) per_unit", Long.class);
        int depth = (int) Math.max(1, Math.min(10, smallestUnit / PAGE));
        int warmUp = Math.max(20, samples / 5);
        // the baselines are slow (the REST one ~0.4 s a page): fewer samples keep the small scale within its time
        int baselineWarmUp = Math.max(10, samples / 10);
        int baselineSamples = Math.max(30, samples / 5);
        TaskFilter byDue = TaskFilter.NONE.sortedBy(TaskFilter.Sort.DUE, false);
        Figures serasi = Figures.time("Serasi: my units' tasks (inbox query)", warmUp, samples, i -> {
            Staff worker = SerasiNode.worker(unit(i));
            if (listing.myUnits(worker, byDue, PAGE * pages.nextInt(depth), PAGE).rows().isEmpty()) {
                throw new IllegalStateException("empty task page for " + worker.username());
            }
        });
        Figures mine = Figures.time("Serasi: my tasks", warmUp, samples, i ->
                listing.mine(SerasiNode.worker(unit(i)), byDue, 0, PAGE));
        Figures engineApi = Figures.time("Baseline: engine Java API + lookup per row", baselineWarmUp,
                baselineSamples, i -> {
            String group = "social-worker:" + unit(i);
            var query = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
            long total = query.count();
            List<Task> page = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                    .orderByDueDate().asc().listPage(PAGE * pages.nextInt(depth), PAGE);
            for (Task task : page) {
                Map<String, Object> variables = tasks.getVariables(task.getId());
                jdbc.queryForMap(CASE_LOOKUP, ((Number) variables.get("caseId")).longValue());
            }
            if (total == 0 || page.isEmpty()) {
                throw new IllegalStateException("empty engine page for " + group);
            }
        });
        String base = "http://localhost:" + node.port() + "/engine-rest";
        Figures rest = Figures.time("Baseline: engine REST + lookup per row (Tasklist-style)", baselineWarmUp,
                baselineSamples, i -> {
            String group = URLEncoder.encode("social-worker:" + unit(i), StandardCharsets.UTF_8);
            String filter = "candidateGroup=" + group + "&includeAssignedTasks=true";
            get(base + "/task/count?" + filter);
            JsonNode page = get(base + "/task?" + filter + "&sortBy=dueDate&sortOrder=asc&firstResult="
                    + PAGE * pages.nextInt(depth) + "&maxResults=" + PAGE);
            if (page.isEmpty()) {
                throw new IllegalStateException("empty REST page for " + group);
            }
            for (JsonNode task : page) {
                JsonNode variables = get(base + "/task/" + task.get("id").asText() + "/variables?deserializeValues=false");
                jdbc.queryForMap(CASE_LOOKUP, variables.get("caseId").get("value").asLong());
            }
        });
        report.table(List.of(serasi, mine, engineApi, rest));
        report.ratio(serasi, rest);
        report.ratio(serasi, engineApi);
        report.line("Target: p95 ≤ 25 ms and ≥ 3× the Tasklist-style baseline → p95 %.1f ms, %.1f× — %s",
                serasi.p95(), rest.p95() / serasi.p95(),
                serasi.p95() <= 25 && rest.p95() / serasi.p95() >= 3 ? "met" : "missed");
    }

    private static String unit(int i) {
        List<Place> units = IndonesianData.UNITS;
        return units.get(i * 7 % units.size()).unitCode();
    }

    private JsonNode get(String uri) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", basic).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
