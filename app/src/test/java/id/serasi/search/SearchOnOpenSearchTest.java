package id.serasi.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Fixtures;
import id.serasi.SearchServer;
import id.serasi.atensi.CaseChange;
import id.serasi.search.CaseResults.Hit;
import id.serasi.security.Staff;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same search contract on a real search server: OpenSearch, through Hibernate Search's Elasticsearch backend. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search-opensearch;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.search.backend=elasticsearch",
        "serasi.search.index-name=contract_case",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=2",
        "serasi.search.reprocess-every=PT3S"})
class SearchOnOpenSearchTest extends SearchContract {

    @Autowired SearchCatchUp catchUp;

    /**
     * The search server is stopped while cases are registered and noted: every case operation succeeds, and once
     * the server is back the index catches up (events that failed repeatedly meanwhile are queued again) with
     * nothing missing.
     */
    @Test
    void aSearchServerOutageFailsNoCaseWorkAndTheIndexCatchesUpWithNothingMissing() {
        Staff dewi = Fixtures.dewi();
        List<String> numbers = new ArrayList<>();
        SearchServer.get().stop();
        try {
            for (int i = 0; i < 12; i++) {
                String number = register(800 + i, "Korban Banjir " + (char) ('A' + i), CIBINONG, "inten-soeweno",
                        dewi);
                assertThat(writing.note(number, "Mengungsi ke balai desa.", dewi)).isInstanceOf(CaseChange.Done.class);
                numbers.add(number);
            }
            sleepThroughRetries();
        } finally {
            SearchServer.get().start();
        }
        awaitIndexed(() -> searching.search(CaseQuery.of("banjir").page(0, 50), dewi).total() == 12
                && searching.search(CaseQuery.of("balai").page(0, 50), dewi).total() == 12);
        assertThat(searching.search(CaseQuery.of("banjir").page(0, 50), dewi).hits()).extracting(Hit::caseNumber)
                .containsExactlyInAnyOrderElementsOf(numbers);
        awaitIndexed(() -> catchUp.abortedEvents() == 0);
    }

    /** Long enough for indexing attempts to fail more than once while the server is down. */
    private static void sleepThroughRetries() {
        try {
            Thread.sleep(8_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @DynamicPropertySource
    static void searchServer(DynamicPropertyRegistry registry) {
        registry.add("serasi.search.uris", () -> SearchServer.get().uri());
        registry.add("serasi.search.version", SearchServer::version);
    }
}
