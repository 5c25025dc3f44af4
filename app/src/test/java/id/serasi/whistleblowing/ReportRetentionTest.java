package id.serasi.whistleblowing;

import static id.serasi.Fixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.document.DocumentStore;
import id.serasi.document.TestImages;
import id.serasi.retention.HoldChange;
import id.serasi.retention.Retaining;
import id.serasi.security.Staff;
import id.serasi.tasks.Completion;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports under the cases' retention rule: a concluded report past the period goes with its evidence files, records
 * and engine history; a legal hold keeps it until lifted; an open report is never removed. (The same properties as
 * the cases' RetentionTest, so both run in one application context.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1",
        "serasi.demo-data=false", "camunda.bpm.job-execution.enabled=false",
        "serasi.attachments.dir=target/retention-attachments", "serasi.retention.closed-cases=P10Y"})
class ReportRetentionTest {

    @Autowired FilingReport filing;
    @Autowired HandlingReport handling;
    @Autowired EvidenceIntake intake;
    @Autowired Retaining retaining;
    @Autowired ReportRepository reports;
    @Autowired DocumentStore documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService engineHistory;

    final Staff lead = staff("maria.simanjuntak");
    final Staff admin = staff("rina.marlina");

    Retaining elevenYearsLater() {
        return retaining.at(Clock.offset(Clock.systemUTC(), Duration.ofDays(11 * 366)));
    }

    /** A named report with a photo, filed on the portal. */
    String filed() {
        EvidenceFile photo = ((EvidenceIntake.Arrival.Accepted) intake.accept(TestImages.jpegWithGps())).file();
        Filing result = filing.file(new ReportDetails(ReportCategory.GRATIFIKASI, "Petugas meminta uang agar berkas"
                + " bantuan diproses lebih cepat.", null, null, null, null, null, false, "Dewi Pelapor",
                "0812-1111-2222"), List.of(photo), ReportsContract.newClient());
        return ((Filing.Filed) result).reportNumber();
    }

    /** Concluded at screening: routed to a unit as a public-service complaint. */
    String concluded() {
        String number = filed();
        assertThat(handling.complete(number, new ReportInput.Screening(ScreeningResult.OUT_OF_SCOPE, null, null, null,
                "paramita", "Keluhan antrean layanan."), lead)).isEqualTo(new Completion.Completed(number));
        assertThat(reports.findByReportNumber(number).orElseThrow().getStatus())
                .isEqualTo(ReportStatus.ROUTED_AS_COMPLAINT);
        return number;
    }

    @Test
    void aConcludedReportPastThePeriodGoesWithItsEvidenceUnlessHeldAndAnOpenOneStays() {
        String gone = concluded();
        String held = concluded();
        String open = filed();
        Report removed = reports.findByReportNumber(gone).orElseThrow();
        List<ReportRecords.Evidence> evidence = jdbc.query("select * from wbs_evidence where report_id = ?",
                (rs, n) -> new ReportRecords.Evidence(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("document_key"),
                        rs.getString("sha256"), true, null, null), removed.getId());
        assertThat(evidence).singleElement()
                .satisfies(e -> assertThat(documents.read(e.documentKey(), e.sha256())).isPresent());
        assertThat(engineHistory.createHistoricProcessInstanceQuery()
                .processInstanceId(removed.getProcessInstanceId()).count()).isEqualTo(1);

        assertThat(retaining.hold(held, "Diminta Inspektorat", lead)).isInstanceOf(HoldChange.NotAllowed.class);
        assertThat(retaining.hold(held, "perlu", admin)).isInstanceOf(HoldChange.Invalid.class);
        assertThat(retaining.hold(held, "Diminta kejaksaan untuk penyidikan", admin))
                .isEqualTo(new HoldChange.Done(held));
        assertThat(retaining.hold("WBS-1999-000001", "Diminta kejaksaan untuk penyidikan", admin))
                .isEqualTo(new HoldChange.NotAllowed("retention.notFound"));
        assertThat(retaining.removeExpired()).as("today nothing is past the period").isZero();

        elevenYearsLater().removeExpired();
        assertThat(reports.findByReportNumber(gone)).isEmpty();
        for (String table : List.of("wbs_evidence", "wbs_message", "wbs_note", "wbs_conflict_declaration")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where report_id = ?", Long.class,
                    removed.getId())).as(table).isZero();
        }
        assertThat(documents.read(evidence.get(0).documentKey(), evidence.get(0).sha256())).isEmpty();
        assertThat(engineHistory.createHistoricProcessInstanceQuery()
                .processInstanceId(removed.getProcessInstanceId()).count()).isZero();
        assertThat(audit(gone)).containsSubsequence("REPORT_FILED", "REPORT_REMOVED");

        Report kept = reports.findByReportNumber(held).orElseThrow();
        assertThat(kept.isUnderLegalHold()).isTrue();
        assertThat(kept.getLegalHoldReason()).isEqualTo("Diminta kejaksaan untuk penyidikan");
        assertThat(reports.findByReportNumber(open)).get().satisfies(r -> assertThat(r.getStatus().isOpen()).isTrue());

        assertThat(retaining.release(held, admin)).isEqualTo(new HoldChange.Done(held));
        assertThat(audit(held)).containsSubsequence("LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED");
        elevenYearsLater().removeExpired();
        assertThat(reports.findByReportNumber(held)).isEmpty();
        assertThat(reports.findByReportNumber(open)).as("an open report is never removed").isPresent();
    }

    private List<String> audit(String number) {
        return jdbc.queryForList("select action from audit_event where subject_type = 'WBS_REPORT'"
                + " and subject_ref = ? order by id", String.class, number);
    }
}
