package id.serasi.search;

import id.serasi.SearchServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same search contract on a real search server: OpenSearch, through Hibernate Search's Elasticsearch backend. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search-opensearch;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.search.backend=elasticsearch",
        "serasi.search.index-name=contract_case",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop"})
class SearchOnOpenSearchTest extends SearchContract {

    @DynamicPropertySource
    static void searchServer(DynamicPropertyRegistry registry) {
        registry.add("serasi.search.uris", () -> SearchServer.get().uri());
        registry.add("serasi.search.version", SearchServer::version);
    }
}
