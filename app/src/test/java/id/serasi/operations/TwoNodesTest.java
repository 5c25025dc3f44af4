package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasi.Await;
import id.serasi.PostgresSchema;
import id.serasi.SearchServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two Serasi JVMs on one PostgreSQL schema (and one OpenSearch index), as production runs them: both run the
 * engine's job executor and each timer fires exactly once; a claim made on node B is seen on node A; cases made on
 * either node are found by the search of both (one index, kept by both); node B killed
 * with {@code kill -9} while cases are being started → node A carries on, every start B acknowledged is there and
 * its timer still fires (A takes over B's locked jobs when their lock expires).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    static final String SCHEMA = "serasi_two_nodes";
    static final String ADMIN = basic("rina.marlina");
    static final String ANALYST = basic("oki.pratama");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TIMER_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Nodes" targetNamespace="https://serasi.id">
              <bpmn:process id="two-nodes-timer" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Timer_Wait" />
                <bpmn:intermediateCatchEvent id="Timer_Wait">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Timer_Wait" targetRef="Task_AfterTimer" />
                <bpmn:userTask id="Task_AfterTimer" name="Setelah pewaktu">
                  <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_AfterTimer" targetRef="EndEvent_1" />
                <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
              </bpmn:process>
            </bpmn:definitions>
            """;

    PostgresSchema schema;
    ChildNode nodeA;
    ChildNode nodeB;

    @BeforeAll
    void startTwoNodes() throws Exception {
        schema = PostgresSchema.fresh(SCHEMA);
        String searchUri = SearchServer.get().uri();
        nodeA = ChildNode.start("node-a", arguments("node-a", searchUri));
        nodeA.awaitReady();
        nodeB = ChildNode.start("node-b", arguments("node-b", searchUri));
        nodeB.awaitReady();
    }

    @AfterAll
    void stopNodes() {
        for (ChildNode node : new ChildNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    List<String> arguments(String name, String searchUri) {
        List<String> arguments = new ArrayList<>(schema.arguments());
        arguments.addAll(List.of(
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=8000",
                // B polls eagerly and A lazily, so that both fire timers before B is killed and A fires B's after
                "--camunda.bpm.job-execution.wait-time-in-millis=" + ("node-b".equals(name) ? 200 : 2000),
                "--camunda.bpm.job-execution.max-wait=" + ("node-b".equals(name) ? 500 : 4000),
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + ("node-b".equals(name) ? 3 : 1),
                "--serasi.demo-data=false",
                "--serasi.search.backend=elasticsearch",
                "--serasi.search.uris=" + searchUri,
                "--serasi.search.version=" + SearchServer.version(),
                "--serasi.search.index-name=two_nodes_case",
                "--serasi.search.rebuild-empty-index=false",
                "--serasi.test.node-api=true"));
        return arguments;
    }

    @Test
    void bothNodesRunTheJobsEachTimerFiresOnceClaimsAndTheIndexAreSharedAndAKilledNodeLosesNothing()
            throws Exception {
        HttpResponse<String> deployed = deploy(nodeA);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

        List<String> started = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            started.add(startInstance(i % 2 == 0 ? nodeA : nodeB));
        }
        Await.until("every timer fired", Duration.ofSeconds(90), () -> taskCount(nodeA) == 24);
        assertThat(successfulTimerRuns()).as("each instance's timer ran once").hasSize(24)
                .allSatisfy(run -> assertThat(run.count()).isEqualTo(1));

        JsonNode task = JSON.readTree(nodeB.get("/engine-rest/task?processDefinitionKey=two-nodes-timer"
                + "&maxResults=1", ADMIN).body()).get(0);
        String taskId = task.get("id").asText();
        assertThat(ChildNode.status(nodeB.post("/test-node/claim?task=" + taskId + "&user=ayu.lestari", null, null)))
                .isEqualTo(200);
        assertThat(JSON.readTree(nodeA.get("/engine-rest/task/" + taskId, ADMIN).body()).get("assignee").asText())
                .isEqualTo("ayu.lestari");

        Thread onB = new Thread(() -> nodeB.post("/test-node/cases?word=serempak&from=8100&count=8", null, null));
        onB.start();
        assertThat(ChildNode.status(nodeA.post("/test-node/cases?word=serempak&from=8000&count=8", null, null))).isEqualTo(200);
        onB.join(120_000);
        Await.until("both nodes' searches find the 16 cases made on either", Duration.ofSeconds(60),
                () -> found(nodeA, "serempak") == 16 && found(nodeB, "serempak") == 16);
        assertThat(casesInDatabase()).isEqualTo(16);

        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Thread work = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                try {
                    acknowledged.add(startInstance(nodeB));
                    // paced as callers are: unauthenticated test starts ran so fast that node B had acknowledged a
                    // hundred before it was killed, more timers than node A fires in the time this test gives it
                    Thread.sleep(100);
                } catch (RuntimeException | IOException | InterruptedException killed) {
                    return;
                }
            }
        });
        work.start();
        Await.until("work under way on node B", Duration.ofSeconds(60), () -> acknowledged.size() >= 8);
        nodeB.kill();
        work.join(30_000);

        Set<String> lost = new HashSet<>(acknowledged);
        for (String id : acknowledged) {
            if (ChildNode.status(nodeA.get("/engine-rest/history/process-instance/" + id, ADMIN)) == 200) {
                lost.remove(id);
            }
        }
        assertThat(lost).as("instances node B acknowledged before it was killed").isEmpty();
        int expected = 24 + acknowledged.size();
        Await.until("node A fired the timers node B had taken", Duration.ofSeconds(90), () -> taskCount(nodeA) == expected);
        assertThat(successfulTimerRuns()).hasSize(expected).allSatisfy(run -> assertThat(run.count()).isEqualTo(1));
        assertThat(successfulTimerRuns().stream().map(TimerRun::hostname).toList())
                .as("both nodes' job executors fired timers").contains("node-a", "node-b");
        assertThat(ChildNode.status(startInstanceResponse(nodeA))).as("node A carries on").isEqualTo(200);
    }

    long found(ChildNode node, String word) {
        try {
            return JSON.readTree(node.get("/test-node/search?word=" + word, null).body()).get("total").asLong();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    long casesInDatabase() throws SQLException {
        String server = System.getProperty("serasi.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from " + SCHEMA + ".atensi_case")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    record TimerRun(String processInstanceId, String hostname, long count) {
    }

    List<TimerRun> successfulTimerRuns() throws SQLException {
        List<TimerRun> runs = new ArrayList<>();
        String server = System.getProperty("serasi.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             ResultSet rows = connection.createStatement().executeQuery("""
                     select process_instance_id_, min(hostname_), count(*) from %s.act_hi_job_log
                     where job_state_ = 2 and process_def_key_ = 'two-nodes-timer'
                     group by process_instance_id_""".formatted(SCHEMA))) {
            while (rows.next()) {
                runs.add(new TimerRun(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return runs;
    }

    long taskCount(ChildNode node) {
        try {
            return JSON.readTree(node.get("/engine-rest/task/count?processDefinitionKey=two-nodes-timer", ADMIN)
                    .body()).get("count").asLong();
        } catch (IOException e) {
            return -1;
        }
    }

    String startInstance(ChildNode node) throws IOException, InterruptedException {
        HttpResponse<String> response = startInstanceResponse(node);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("start answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asText();
    }

    HttpResponse<String> startInstanceResponse(ChildNode node) throws IOException, InterruptedException {
        HttpResponse<String> response = node.post("/test-node/start?key=two-nodes-timer", null, null);
        if (response == null) {
            throw new IOException(node.name + " did not answer");
        }
        return response;
    }

    HttpResponse<String> deploy(ChildNode node) throws IOException, InterruptedException {
        String boundary = "----serasi" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "two-nodes\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"two-nodes.bpmn\";"
                + " filename=\"two-nodes.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + TIMER_MODEL
                + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url("/engine-rest/deployment/create")))
                .header("Authorization", ANALYST).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Serasi#2026").getBytes(StandardCharsets.UTF_8));
    }

}
