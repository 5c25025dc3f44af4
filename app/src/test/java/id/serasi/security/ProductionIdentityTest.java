package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasi.SerasiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The embedded default's local login refuses to start in the production profile. */
class ProductionIdentityTest {

    @Test
    void theLocalLoginRefusesToStartInProduction() {
        // as command-line arguments, which outrank the prod profile's own settings (it asks for Keycloak)
        assertThatThrownBy(() -> new SpringApplicationBuilder(SerasiApplication.class).profiles("prod")
                .run("--spring.datasource.url=jdbc:h2:mem:prod-refused;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--serasi.search.backend=lucene", "--serasi.search.directory=local-heap",
                        "--camunda.bpm.job-execution.enabled=false", "--server.port=0", "--serasi.identity=local",
                        "--serasi.portal.client-key-secret=production-identity-test")
                .close())
                .hasStackTraceContaining("the local login is for development only");
    }
}
