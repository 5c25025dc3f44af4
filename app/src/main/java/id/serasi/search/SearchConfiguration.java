package id.serasi.search;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which search backend Hibernate Search writes to, from Serasi's own settings ({@code serasi.search.*}): Lucene in
 * a local directory (the embedded default) or Elasticsearch/OpenSearch. Only the chosen backend's properties are
 * passed on, with the analyzers that backend understands.
 */
@Configuration
class SearchConfiguration {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";

    @Bean
    HibernatePropertiesCustomizer searchBackend(@Value("${serasi.search.backend:lucene}") String backend,
                                                @Value("${serasi.search.index-dir:./data/index}") String indexDir,
                                                @Value("${serasi.search.directory:local-filesystem}") String directory,
                                                @Value("${serasi.search.uris:http://localhost:9200}") String uris,
                                                @Value("${serasi.search.username:}") String username,
                                                @Value("${serasi.search.password:}") String password,
                                                @Value("${serasi.search.version:}") String version,
                                                @Value("${serasi.search.index-name:atensi_case}") String indexName) {
        return properties -> {
            properties.put("hibernate.search.mapping.configurer",
                    BeanReference.ofInstance(new CaseIndexMapping(indexName)));
            properties.putAll(switch (backend) {
                case LUCENE -> lucene(directory, indexDir);
                case ELASTICSEARCH -> elasticsearch(uris, username, password, version);
                default -> throw new IllegalStateException("serasi.search.backend is '" + backend + "'; use "
                        + LUCENE + " or " + ELASTICSEARCH);
            });
        };
    }

    private static Map<String, Object> lucene(String directory, String indexDir) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "hibernate.search.backend.type", LUCENE,
                "hibernate.search.backend.analysis.configurer", "class:" + LuceneAnalysis.class.getName(),
                "hibernate.search.backend.directory.type", directory,
                // the index format follows the Lucene on the class path; a rebuild after an upgrade is documented
                "hibernate.search.backend.lucene_version", "LATEST"));
        if ("local-filesystem".equals(directory)) {
            settings.put("hibernate.search.backend.directory.root", indexDir);
        }
        return settings;
    }

    private static Map<String, Object> elasticsearch(String uris, String username, String password, String version) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "hibernate.search.backend.type", ELASTICSEARCH,
                "hibernate.search.backend.analysis.configurer", "class:" + ElasticsearchAnalysis.class.getName(),
                "hibernate.search.backend.uris", uris,
                // bulk requests of up to 1,000 documents instead of 100: a rebuild makes a tenth of the round trips
                "hibernate.search.backend.indexing.max_bulk_size", "1000"));
        if (!version.isBlank()) {
            settings.put("hibernate.search.backend.version", version);
            settings.put("hibernate.search.backend.version_check.enabled", "false");
        }
        if (!username.isBlank()) {
            settings.put("hibernate.search.backend.username", username);
            settings.put("hibernate.search.backend.password", password);
        }
        return settings;
    }
}
