package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasi.Fixtures;
import id.serasi.SerasiApplication;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.WritingCaseFile;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.search.CaseQuery;
import id.serasi.search.SearchingCases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Structured logs as an option ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}): every line is a JSON object; and
 * registering, noting and searching a case leaves no name, NIK or KK of the beneficiary in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsTest {

    @Test
    void structuredLogsAreJsonAndCarryNoPersonalData(CapturedOutput output) throws Exception {
        BeneficiaryDetails person = Fixtures.womanBorn(4711, "Wahyuningsih Sukmawati", LocalDate.of(1977, 7, 7));
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(SerasiApplication.class).run(
                "--logging.structured.format.console=ecs", "--logging.config=classpath:structured-logback.xml",
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:logs;DB_CLOSE_DELAY=-1", "--serasi.demo-data=false",
                "--serasi.search.directory=local-heap", "--camunda.bpm.job-execution.enabled=false")) {
            Registration registered = node.getBean(RegisteringCase.class).register(person, Fixtures.intake(),
                    "handayani", false, Fixtures.ayu());
            String caseNumber = ((Registration.Registered) registered).caseNumber();
            assertThat(node.getBean(WritingCaseFile.class).note(caseNumber,
                    "Ibu Wahyuningsih ditemui di rumah.", Fixtures.ayu())).isInstanceOf(CaseChange.Done.class);
            node.getBean(SearchingCases.class).search(CaseQuery.of("wahyuningsih"), Fixtures.ayu());
            node.getBean(SearchingCases.class).search(CaseQuery.of(person.nik()), Fixtures.ayu());
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = output.getOut().lines().filter(l -> l.startsWith("{")).toList();
        assertThat(lines).as("JSON log lines").hasSizeGreaterThan(10);
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
        }
        assertThat(output.getAll()).doesNotContain("Wahyuningsih", "Sukmawati", person.nik(), person.kk());
    }
}
