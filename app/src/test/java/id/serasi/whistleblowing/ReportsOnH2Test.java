package id.serasi.whistleblowing;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class ReportsOnH2Test extends ReportsContract {
}
