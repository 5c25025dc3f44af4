package id.serasi.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.audit.AuditLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreText() {
        for (String formula : List.of("=1+1", "+62 812", "-2", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(AuditCsv.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(AuditCsv.cell("ayu.lestari")).isEqualTo("ayu.lestari");
        assertThat(AuditCsv.cell("")).isEmpty();
    }

    @Test
    void aFileIsUtf8WithAHeaderQuotedCellsAndWibTimes() {
        AuditLine line = new AuditLine(1, Instant.parse("2026-03-01T17:30:00Z"), "ayu.lestari", "NOTE_ADDED",
                "ATENSI_CASE", "ATN-2026-000001", "Kata \"penting\", Ñandú, =HYPERLINK(\"x\")");
        String csv = new String(AuditCsv.write(List.of(line), List.of("Waktu (WIB)", "Pengguna", "Tindakan", "Kode",
                "Jenis", "Subjek", "Keterangan"), code -> "Catatan ditambahkan", ZoneId.of("Asia/Jakarta")),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF\"Waktu (WIB)\",\"Pengguna\",\"Tindakan\",\"Kode\",\"Jenis\",\"Subjek\",\"Keterangan\"\r\n"
                + "\"2026-03-02 00:30:00\",\"ayu.lestari\",\"Catatan ditambahkan\",\"NOTE_ADDED\",\"ATENSI_CASE\","
                + "\"ATN-2026-000001\",\"Kata \"\"penting\"\", Ñandú, =HYPERLINK(\"\"x\"\")\"\r\n");
    }
}
