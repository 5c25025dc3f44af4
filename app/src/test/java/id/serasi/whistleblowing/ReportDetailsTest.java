package id.serasi.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.common.FieldProblem;
import org.junit.jupiter.api.Test;

class ReportDetailsTest {

    static ReportDetails report(String where, String reporterName) {
        return new ReportDetails(ReportCategory.values()[0], "Bantuan dipotong oleh pendamping sejak Maret.", null,
                where, null, null, null, reporterName == null, reporterName, reporterName == null ? null : "0812000");
    }

    /** The outside probe: a place over 1,000 characters was told the limit is 4,000. */
    @Test
    void eachLimitSaysItsOwnNumber() {
        assertThat(report("x".repeat(1001), null).problems())
                .containsExactly(new FieldProblem("where", "validation.tooLong.1000"));
        assertThat(report("Kantor desa", "y".repeat(201)).problems())
                .containsExactly(new FieldProblem("reporterName", "validation.tooLong.200"));
        assertThat(report("Kantor desa", null).problems()).isEmpty();
    }

    @Test
    void aNameTurnedAroundByDirectionControlsIsRefused() {
        assertThat(report("Kantor desa", "\u202Eitra").problems())
                .containsExactly(new FieldProblem("reporterName", "validation.directionControl"));
    }
}
