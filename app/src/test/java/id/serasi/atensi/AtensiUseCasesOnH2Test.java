package id.serasi.atensi;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:usecases;DB_CLOSE_DELAY=-1",
        "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class AtensiUseCasesOnH2Test extends AtensiUseCasesContract {
}
