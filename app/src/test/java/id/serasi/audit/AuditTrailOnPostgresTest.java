package id.serasi.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasi.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on the PostgreSQL server at 127.0.0.1:5432 (database test), in a schema of its own. */
@SpringBootTest(properties = {"serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false"})
class AuditTrailOnPostgresTest extends AuditTrailContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.fresh("serasi_audit").register(registry);
    }

    /** A row trigger does not see TRUNCATE; PostgreSQL refuses it with a statement trigger (H2 has none to fire). */
    @Test
    void theAuditTrailRefusesTruncation() {
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event")).hasMessageContaining("append-only");
    }
}
