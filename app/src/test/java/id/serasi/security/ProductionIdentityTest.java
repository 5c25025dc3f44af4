package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasi.SerasiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The embedded default's local login refuses to start in the production profile. */
class ProductionIdentityTest {

    @Test
    void theLocalLoginRefusesToStartInProduction() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SerasiApplication.class).profiles("prod")
                .properties("spring.datasource.url=jdbc:h2:mem:prod-refused;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
                        "camunda.bpm.job-execution.enabled=false", "server.port=0", "serasi.identity=local")
                .run().close())
                .hasStackTraceContaining("the local login is for development only");
    }
}
