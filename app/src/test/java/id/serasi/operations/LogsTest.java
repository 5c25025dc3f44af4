package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasi.Await;
import id.serasi.beneficiary.BeneficiaryDetails;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structured logs as an option ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}), in a node of its own (logging is
 * set up once per JVM): every line is a JSON object; and registering, noting and searching cases leaves no name,
 * NIK or KK of a beneficiary in the log.
 */
class LogsTest {

    @Test
    void structuredLogsAreJsonAndCarryNoPersonalData() throws Exception {
        String output;
        try (ChildNode node = ChildNode.start("logs-node", List.of(
                "--logging.structured.format.console=ecs", "--logging.config=classpath:structured-logback.xml",
                "--spring.datasource.url=jdbc:h2:mem:logs;DB_CLOSE_DELAY=-1", "--serasi.demo-data=false",
                "--serasi.search.directory=local-heap", "--camunda.bpm.job-execution.enabled=false",
                "--serasi.test.node-api=true"))) {
            node.awaitReady();
            assertThat(ChildNode.status(node.post("/test-node/cases?word=Wahyuningsih&from=4711&count=2", null,
                    null))).isEqualTo(200);
            Await.until("indexed", Duration.ofSeconds(30),
                    () -> node.get("/test-node/search?word=wahyuningsih", null).body().contains("\"total\":2"));
            BeneficiaryDetails person = TestNodeApi.person("Wahyuningsih", 4711);
            assertThat(node.get("/test-node/search?word=" + person.nik(), null).body()).contains("\"total\":1");
            output = node.output();
            ObjectMapper json = new ObjectMapper();
            List<String> lines = output.lines().filter(l -> l.startsWith("{")).toList();
            assertThat(lines).as("JSON log lines").hasSizeGreaterThan(10);
            assertThat(output.lines().filter(l -> l.startsWith("20") || l.matches("^\\d\\d:\\d\\d:.*")))
                    .as("plain log lines").isEmpty();
            for (String line : lines) {
                JsonNode entry = json.readTree(line);
                assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
            }
            assertThat(output).doesNotContain("Wahyuningsih", person.nik(), person.kk());
        }
    }
}
