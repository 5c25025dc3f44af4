package id.serasi.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Fixtures;
import id.serasi.PostgresSchema;
import id.serasi.SearchServer;
import id.serasi.SerasiApplication;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.WritingCaseFile;
import id.serasi.search.CaseResults.Hit;
import id.serasi.security.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Serasi nodes on one PostgreSQL database and one OpenSearch index: each writes indexing events to the shared
 * outbox in its own transactions, both event processors share the work, and changes made on either node are found
 * from the other, all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchNodesTest {

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        PostgresSchema schema = PostgresSchema.fresh("serasi_search_nodes");
        nodeA = node(schema, "a");
        nodeB = node(schema, "b");
    }

    @AfterAll
    void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    static ConfigurableApplicationContext node(PostgresSchema schema, String name) {
        Map<String, String> settings = Map.ofEntries(
                        Map.entry("spring.application.name", "serasi-" + name),
                        Map.entry("server.port", "0"),
                        Map.entry("spring.datasource.url", schema.url()),
                        Map.entry("spring.datasource.username", "postgres"),
                        Map.entry("spring.datasource.password", ""),
                        Map.entry("spring.flyway.schemas", schema.name()),
                        Map.entry("camunda.bpm.database.schema-name", schema.name()),
                        Map.entry("camunda.bpm.database.table-prefix", schema.name() + "."),
                        Map.entry("camunda.bpm.job-execution.enabled", "false"),
                        Map.entry("serasi.demo-data", "false"),
                        Map.entry("serasi.search.backend", "elasticsearch"),
                        Map.entry("serasi.search.uris", SearchServer.get().uri()),
                        Map.entry("serasi.search.version", SearchServer.version()),
                        Map.entry("serasi.search.index-name", "nodes_case"),
                        Map.entry("spring.jpa.properties.hibernate.search.schema_management.strategy",
                                "a".equals(name) ? "drop-and-create" : "create-or-validate"),
                        Map.entry("spring.jpa.properties.hibernate.search.coordination.event_processor"
                                + ".pulse_interval", "500"));
        // as command-line arguments: they outrank application.yml, as they would on a real node
        return new SpringApplicationBuilder(SerasiApplication.class)
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    @Test
    void changesOnEitherNodeAreFoundFromTheOtherAndBothShareTheIndexing() throws Exception {
        Staff hendra = Fixtures.staff("hendra.wijaya");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
            Registration result = node.getBean(RegisteringCase.class).register(
                    SearchContract.person(950 + i, "Penghuni Dua Simpul " + (char) ('A' + i), SearchContract.CIBINONG),
                    Fixtures.intake(), "pangudi-luhur", true, hendra);
            numbers.add(((Registration.Registered) result).caseNumber());
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<CaseChange>> changes = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            WritingCaseFile writing = (n % 2 == 0 ? nodeA : nodeB).getBean(WritingCaseFile.class);
            String caseNumber = numbers.get(n % numbers.size());
            String text = "Catatan simpul, tanda" + n + ".";
            changes.add(threads.submit(() -> writing.note(caseNumber, text, hendra)));
        }
        for (Future<CaseChange> change : changes) {
            assertThat(change.get()).isInstanceOf(CaseChange.Done.class);
        }
        threads.shutdown();

        SearchingCases fromA = nodeA.getBean(SearchingCases.class);
        SearchingCases fromB = nodeB.getBean(SearchingCases.class);
        SearchContract.awaitIndexed(() -> fromB.search(CaseQuery.of("simpul").page(0, 50), hendra).total() == 6);
        for (int n = 0; n < 300; n++) {
            int note = n;
            SearchingCases reader = n % 2 == 0 ? fromB : fromA;
            SearchContract.awaitIndexed(() -> reader.search(CaseQuery.of("tanda" + note), hendra).hits().stream()
                    .map(Hit::caseNumber).toList().equals(List.of(numbers.get(note % numbers.size()))));
        }
        long processors = nodeA.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from serasi_search_nodes.hsearch_agent where type like 'EVENT_PROCESSING%'",
                Long.class);
        assertThat(processors).as("one event processor per node").isEqualTo(2);
    }
}
