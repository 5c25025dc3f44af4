package id.serasi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasi.Fixtures;
import id.serasi.security.Staff;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trail is append-only in the database, and only an admin reads and exports it. Run on H2 and PostgreSQL. */
abstract class AuditTrailContract {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    @Autowired JdbcTemplate jdbc;
    @Autowired ReadingAuditTrail reading;

    static Staff admin() {
        return Fixtures.staff("rina.marlina");
    }

    /** Three lines of one person on a case on 1, 2 and 3 January 2020, and one on a whistleblowing report. */
    String someonesThreeDays(String actor) {
        String caseNumber = String.format("ATN-2020-%06d", SERIAL.getAndIncrement());
        for (int day = 1; day <= 3; day++) {
            line(actor, "CASE_OPENED", AuditTrail.ATENSI_CASE, caseNumber, Instant.parse("2020-01-0" + day + "T03:00:00Z"));
        }
        line(actor, "REPORT_READ", AuditTrail.WBS_REPORT, "WBS-2020-000001", Instant.parse("2020-01-02T04:00:00Z"));
        return caseNumber;
    }

    void line(String actor, String action, String subjectType, String subjectRef, Instant at) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject_type, subject_ref) values (?, ?, ?, ?, ?)",
                Timestamp.from(at), actor, action, subjectType, subjectRef);
    }

    static List<AuditLine> found(ReadingAuditTrail.Lines lines) {
        assertThat(lines).isInstanceOf(ReadingAuditTrail.Lines.Found.class);
        return ((ReadingAuditTrail.Lines.Found) lines).lines();
    }

    @Test
    void theAuditTrailRefusesChangesAndRemovalInTheDatabaseItself() {
        line("system", "TEST", "TEST", "x", Instant.now());
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where subject_ref = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where subject_ref = 'x'"))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_ref = 'x' and actor = 'system'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void anAdminReadsTheTrailByCasePersonAndPeriodNewestFirstAPageAtATime() {
        String caseNumber = someonesThreeDays("tamu.satu");
        someonesThreeDays("tamu.dua");

        ReadingAuditTrail.Filter byPerson = new ReadingAuditTrail.Filter(null, " Tamu.Satu ", null, null);
        assertThat(found(reading.lines(byPerson, 0, 50, admin()))).extracting(AuditLine::occurredAt).containsExactly(
                Instant.parse("2020-01-03T03:00:00Z"), Instant.parse("2020-01-02T03:00:00Z"),
                Instant.parse("2020-01-01T03:00:00Z"));
        ReadingAuditTrail.Lines secondPage = reading.lines(byPerson, 1, 1, admin());
        assertThat(((ReadingAuditTrail.Lines.Found) secondPage).total()).isEqualTo(3);
        assertThat(found(secondPage)).singleElement().extracting(AuditLine::occurredAt)
                .isEqualTo(Instant.parse("2020-01-02T03:00:00Z"));

        ReadingAuditTrail.Filter secondDay = new ReadingAuditTrail.Filter(caseNumber, null,
                Instant.parse("2020-01-02T00:00:00Z"), Instant.parse("2020-01-03T00:00:00Z"));
        assertThat(found(reading.lines(secondDay, 0, 50, admin()))).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("tamu.satu");
            assertThat(line.subjectRef()).isEqualTo(caseNumber);
            assertThat(line.occurredAt()).isEqualTo(Instant.parse("2020-01-02T03:00:00Z"));
        });
        // a report's trail stays with the report (the whistleblowing firewall)
        ReadingAuditTrail.Filter report = new ReadingAuditTrail.Filter("WBS-2020-000001", null, null, null);
        assertThat(found(reading.lines(report, 0, 50, admin()))).isEmpty();
        // pages are bounded whatever is asked
        assertThat(found(reading.lines(ReadingAuditTrail.Filter.everything(), 0, 1_000_000, admin())))
                .hasSizeLessThanOrEqualTo(ReadingAuditTrail.PAGE_LIMIT);
    }

    @Test
    void nobodyButAnAdminReadsOrExportsTheTrail() {
        someonesThreeDays("tamu.tiga");
        ReadingAuditTrail.Filter filter = new ReadingAuditTrail.Filter(null, "tamu.tiga", null, null);
        for (String username : List.of("ayu.lestari", "citra.wulandari", "maria.simanjuntak", "oki.pratama")) {
            Staff staff = Fixtures.staff(username);
            assertThat(reading.lines(filter, 0, 50, staff)).as(username).isInstanceOf(ReadingAuditTrail.Lines.NotAllowed.class);
            assertThat(reading.export(filter, staff)).as(username).isInstanceOf(ReadingAuditTrail.Export.NotAllowed.class);
        }
        ReadingAuditTrail.Filter exports = new ReadingAuditTrail.Filter("audit_event", null, null, null);
        assertThat(found(reading.lines(exports, 0, 50, admin()))).noneMatch(line -> line.details().contains("tamu.tiga"));
    }

    @Test
    void anExportIsItselfALineThatNamesItsFilter() {
        someonesThreeDays("tamu.empat");
        ReadingAuditTrail.Filter filter = new ReadingAuditTrail.Filter(null, "tamu.empat", null, null);
        ReadingAuditTrail.Export export = reading.export(filter, admin());
        assertThat(export).isInstanceOf(ReadingAuditTrail.Export.Exported.class);
        assertThat(((ReadingAuditTrail.Export.Exported) export).lines()).hasSize(3);
        ReadingAuditTrail.Filter admins = new ReadingAuditTrail.Filter(null, "rina.marlina", null, null);
        assertThat(found(reading.lines(admins, 0, 50, admin()))).filteredOn(line -> line.action().equals("AUDIT_EXPORTED"))
                .anySatisfy(line -> {
                    assertThat(line.subjectType()).isEqualTo(AuditTrail.SYSTEM);
                    assertThat(line.details()).isEqualTo("case=* actor=tamu.empat from=* to=* lines=3");
                });
    }
}
