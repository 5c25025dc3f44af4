package id.serasi.atensi;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Fixtures;
import id.serasi.retention.RetainedRecords;
import id.serasi.beneficiary.BeneficiaryRepository;
import id.serasi.retention.HoldChange;
import id.serasi.retention.Retaining;
import id.serasi.security.Staff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention: a closed case past the period is removed with its records, documents, engine history and
 * beneficiary; a legal hold (admin only, with a reason) keeps it until released; open cases are never touched.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1",
        "serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false",
        "serasi.attachments.dir=target/retention-attachments", "serasi.retention.closed-cases=P10Y"})
class RetentionTest {

    @Autowired RegisteringCase registering;
    @Autowired InterruptingCase interrupting;
    @Autowired WritingCaseFile writing;
    @Autowired Retaining retaining;
    @Autowired CaseRepository cases;
    @Autowired BeneficiaryRepository beneficiaries;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService engineHistory;

    final Staff ayu = Fixtures.ayu();
    final Staff admin = Fixtures.staff("rina.marlina");

    /** The same rule eleven years on, with a ten-year period. */
    Retaining elevenYearsLater() {
        return retaining.at(Clock.offset(Clock.systemUTC(), Duration.ofDays(11 * 366)));
    }

    String closedCase(int n) throws IOException {
        Registration registered = registering.register(Fixtures.woman(6000 + n), Fixtures.intake(), "handayani",
                true, ayu);
        String number = ((Registration.Registered) registered).caseNumber();
        assertThat(writing.note(number, "Catatan yang akan dihapus bersama kasus.", ayu))
                .isInstanceOf(CaseChange.Done.class);
        assertThat(writing.attach(number, "surat.pdf", pdf(), ayu)).isInstanceOf(CaseChange.Done.class);
        assertThat(interrupting.endEarly(number, TerminationReason.CLIENT_REQUEST, "Pindah ke luar kota", ayu))
                .isInstanceOf(CaseChange.Done.class);
        return number;
    }

    @Test
    void aClosedCasePastThePeriodGoesWithItsRecordsDocumentsAndHistoryUnlessHeld() throws IOException {
        String gone = closedCase(1);
        String held = closedCase(2);
        AtensiCase removedCase = cases.findByCaseNumber(gone).orElseThrow();
        String processInstance = removedCase.getProcessInstanceId();
        Long beneficiary = removedCase.getBeneficiary().getId();
        List<String> files = jdbc.queryForList("select storage_key from attachment where case_id = ?", String.class,
                removedCase.getId());
        assertThat(files).hasSize(1);
        assertThat(Path.of("target/retention-attachments", files.get(0).substring(0, 2), files.get(0))).exists();

        assertThat(retaining.hold(held, "Diminta Inspektorat", ayu)).isInstanceOf(HoldChange.NotAllowed.class);
        assertThat(retaining.hold(held, "perlu", admin)).isInstanceOf(HoldChange.Invalid.class);
        assertThat(retaining.hold(held, "Diminta Inspektorat Jenderal untuk pemeriksaan", admin))
                .isInstanceOf(HoldChange.Done.class);
        assertThat(retaining.removeExpired()).as("today nothing is past the period").isZero();

        assertThat(elevenYearsLater().removeExpired()).isEqualTo(1);
        assertThat(cases.findByCaseNumber(gone)).isEmpty();
        assertThat(beneficiaries.findById(beneficiary)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_note where case_id = ?", Long.class,
                removedCase.getId())).isZero();
        Path stored = Path.of("target/retention-attachments", files.get(0).substring(0, 2), files.get(0));
        assertThat(stored).as("the store's own path of the file").doesNotExist();
        assertThat(engineHistory.createHistoricProcessInstanceQuery().processInstanceId(processInstance).count())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_ref = ? and action = ?",
                Long.class, gone, "CASE_REMOVED")).isEqualTo(1);

        AtensiCase kept = cases.findByCaseNumber(held).orElseThrow();
        assertThat(kept.isUnderLegalHold()).isTrue();
        assertThat(kept.getLegalHoldReason()).startsWith("Diminta Inspektorat");
        assertThat(retaining.release(held, admin)).isInstanceOf(HoldChange.Done.class);
        assertThat(elevenYearsLater().removeExpired()).isEqualTo(1);
        assertThat(cases.findByCaseNumber(held)).isEmpty();
    }

    @Autowired ManagementService management;

    /**
     * A hold placed while the case ran cleared a removal time the engine had not set yet; when the case ended, the
     * engine set one (end + time to live) and its cleanup would have removed the held history. The nightly run keeps
     * it again.
     */
    @Test
    void aHoldPlacedWhileTheCaseRanKeepsItsHistoryAfterItEnds() {
        String number = ((Registration.Registered) registering.register(Fixtures.woman(6100), Fixtures.intake(),
                "handayani", true, ayu)).caseNumber();
        String instance = cases.findByCaseNumber(number).orElseThrow().getProcessInstanceId();
        assertThat(retaining.hold(number, "Diminta Inspektorat Jenderal untuk pemeriksaan", admin))
                .isInstanceOf(HoldChange.Done.class);
        runBatches();
        assertThat(interrupting.endEarly(number, TerminationReason.CLIENT_REQUEST, "Pindah ke luar kota", ayu))
                .isInstanceOf(CaseChange.Done.class);
        assertThat(removalTime(instance)).as("the engine's removal time, set when the process ended").isNotNull();

        retaining.removeExpired();
        runBatches();
        assertThat(removalTime(instance)).as("kept while the hold lasts").isNull();
        assertThat(cases.findByCaseNumber(number)).isPresent();
    }

    @Test
    void aRecordHeldAfterItWasFoundDueIsNotRemoved() throws IOException {
        String number = closedCase(3);
        assertThat(retaining.hold(number, "Diminta Inspektorat Jenderal untuk pemeriksaan", admin))
                .isInstanceOf(HoldChange.Done.class);
        // what the nightly run does for a number it found due before the hold was committed
        Optional<RetainedRecords.Removed> removed = transactions.execute(status -> retainedCases.remove(number));
        assertThat(removed).isEmpty();
        assertThat(cases.findByCaseNumber(number)).isPresent();
    }

    @Autowired RetainedCases retainedCases;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    java.util.Date removalTime(String instance) {
        return engineHistory.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getRemovalTime();
    }

    void runBatches() {
        for (int round = 0; round < 6; round++) {
            management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
        }
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
