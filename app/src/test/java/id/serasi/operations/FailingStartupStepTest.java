package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.common.StartupStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A start-up step that throws (seen from outside: demo data seeding while an analyst deployed a model) stopped the
 * whole server. Now the server runs, the steps after it still run, and readiness says which step failed and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:failing-step;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false"})
class FailingStartupStepTest {

    static final List<String> RAN = new ArrayList<>();

    @TestConfiguration
    static class Steps {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 7)
        StartupStep failing() {
            return new Step("task-inbox", () -> {
                throw new IllegalStateException("table task_inbox is missing a column");
            });
        }

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        StartupStep later() {
            return new Step("later", () -> RAN.add("later"));
        }
    }

    record Step(String name, Runnable work) implements StartupStep {
        @Override
        public void run(ApplicationArguments arguments) {
            work.run();
        }
    }

    @Autowired TestRestTemplate rest;

    @Test
    void theServerKeepsRunningAndReadinessNamesTheFailedStep() {
        assertThat(RAN).as("the steps after the failed one still ran").containsExactly("later");
        assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health/readiness", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(anonymous.getBody()).doesNotContain("task_inbox");
        ResponseEntity<String> admin = rest.withBasicAuth("rina.marlina", "Serasi#2026")
                .getForEntity("/actuator/health/readiness", String.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(admin.getBody()).contains("\"startup\"").contains("task-inbox")
                .contains("table task_inbox is missing a column");
        assertThat(rest.withBasicAuth("oki.pratama", "Serasi#2026").getForEntity("/engine-rest/version", String.class)
                .getStatusCode()).as("the server answers its callers").isEqualTo(HttpStatus.OK);
    }
}
