package id.serasi.whistleblowing;

import id.serasi.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same use cases on the PostgreSQL server at 127.0.0.1:5432 (database test), in a schema of their own. */
@SpringBootTest(properties = {"serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false",
        "serasi.attachments.dir=target/attachments"})
class ReportsOnPostgresTest extends ReportsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.fresh("serasi_reports").register(registry);
    }
}
