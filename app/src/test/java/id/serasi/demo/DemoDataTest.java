package id.serasi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Fixtures;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.Stage;
import id.serasi.beneficiary.Beneficiary;
import id.serasi.beneficiary.BeneficiaryRepository;
import id.serasi.beneficiary.IdentityNumbers;
import id.serasi.beneficiary.RegionCode;
import id.serasi.security.Staff;
import id.serasi.whistleblowing.ReadingReport;
import id.serasi.whistleblowing.ReportStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1", "serasi.demo-data=true",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class DemoDataTest {

    @Autowired CaseRepository cases;
    @Autowired BeneficiaryRepository beneficiaries;
    @Autowired DemoData demoData;
    @Autowired DemoReports demoReports;
    @Autowired ReadingReport reading;

    @Test
    void casesStandInEveryStageWithValidIdentities() {
        Set<Stage> stages = cases.findAll().stream().map(AtensiCase::getStage).collect(Collectors.toSet());
        assertThat(stages).containsAll(EnumSet.allOf(Stage.class));
        assertThat(beneficiaries.count()).isGreaterThanOrEqualTo(30);
        for (Beneficiary b : beneficiaries.findAll()) {
            assertThat(IdentityNumbers.nikProblem(b.getNik())).as(b.getNik()).isEmpty();
            assertThat(IdentityNumbers.kkProblem(b.getKk())).as(b.getKk()).isEmpty();
            assertThat(RegionCode.problemWith(b.getRegionCode().digits())).isEmpty();
            assertThat(IdentityNumbers.birthDateOf(b.getNik())).contains(b.getBirthDate());
        }
        assertThat(cases.findAll()).extracting(AtensiCase::getUnitCode).contains("handayani", "inten-soeweno",
                "pangudi-luhur", "paramita");
    }

    @Test
    void seedsOnlyOnce() {
        long before = cases.count();
        demoData.run(new DefaultApplicationArguments());
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void reportsStandAtEachStepOfTheInvestigationOnce() {
        Staff lead = Fixtures.staff("maria.simanjuntak");
        assertThat(reading.list(lead)).extracting(ReadingReport.ReportRow::status).containsExactlyInAnyOrder(
                ReportStatus.RECEIVED, ReportStatus.AWAITING_REPORTER, ReportStatus.INVESTIGATING, ReportStatus.CLOSED);
        demoReports.run(new DefaultApplicationArguments());
        assertThat(reading.list(lead)).hasSize(4);
        assertThat(reading.list(Fixtures.staff("nur.hidayah"))).hasSize(2);
    }
}
