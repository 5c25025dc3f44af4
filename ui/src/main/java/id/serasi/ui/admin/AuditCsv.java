package id.serasi.ui.admin;

import id.serasi.audit.AuditLine;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The audit trail as a CSV file a spreadsheet opens as it is: UTF-8 with a byte-order mark (Excel reads the file as
 * UTF-8 only with it), a header row, every cell quoted, CRLF line ends (RFC 4180), and a cell that a spreadsheet
 * would take for a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
 */
final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private AuditCsv() {
    }

    /** @param header the column names; {@code action} names an action code in the user's language */
    static byte[] write(List<AuditLine> lines, List<String> header, Function<String, String> action, ZoneId zone) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, header);
        DateTimeFormatter time = TIME.withZone(zone);
        for (AuditLine line : lines) {
            row(csv, List.of(time.format(line.occurredAt()), line.actor(), action.apply(line.action()), line.action(),
                    line.subjectType(), line.subjectRef(), line.details() == null ? "" : line.details()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(cell(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
