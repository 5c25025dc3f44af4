package id.serasi.operations;

import id.serasi.PostgresSchema;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit trail's refusal of changes, once here, is tested on both databases by AuditTrailContract. */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false"})
class OperationsOnPostgresTest extends OperationsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.fresh("serasi_operations").register(registry);
    }
}
