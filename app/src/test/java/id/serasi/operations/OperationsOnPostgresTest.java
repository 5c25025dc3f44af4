package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasi.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false"})
class OperationsOnPostgresTest extends OperationsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.fresh("serasi_operations").register(registry);
    }

    @Autowired JdbcTemplate jdbc;

    @Test
    void theAuditTrailRefusesChangesAndRemovalInTheDatabaseItself() {
        jdbc.update("insert into audit_event (actor, action, subject_type, subject_ref, occurred_at)"
                + " values ('system', 'TEST', 'TEST', 'x', now())");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where subject_ref = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where subject_ref = 'x'"))
                .hasMessageContaining("append-only");
    }
}
