package id.serasi.atensi;

import id.serasi.security.Staff;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notes in which colleagues named me, newest first; opening the list marks them read. */
@Component
public class ReadingMentions {

    public record Mention(long noteId, String caseNumber, String author, Instant at, String text, boolean unread) {
    }

    private final JdbcTemplate jdbc;

    ReadingMentions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Only notes of cases in my units: a mention never opens a case I may not read. */
    @Transactional(readOnly = true)
    public List<Mention> of(Staff staff, int limit) {
        Set<String> caseUnits = staff.caseUnits();
        if (caseUnits.isEmpty()) {
            return List.of();
        }
        String units = String.join(",", caseUnits.stream().map(u -> "?").toList());
        Object[] args = new Object[caseUnits.size() + 2];
        args[0] = staff.username();
        int i = 1;
        for (String unit : caseUnits) {
            args[i++] = unit;
        }
        args[i] = limit;
        return jdbc.query("select n.id, c.case_number, n.author, n.created_at, n.text, m.seen_at from note_mention m"
                + " join case_note n on n.id = m.note_id join atensi_case c on c.id = n.case_id"
                + " where m.username = ? and c.unit_code in (" + units + ") order by n.created_at desc limit ?",
                (rs, n) -> new Mention(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getTimestamp(6) == null), args);
    }

    @Transactional(readOnly = true)
    public long unread(Staff staff) {
        Long count = jdbc.queryForObject("select count(*) from note_mention where username = ? and seen_at is null",
                Long.class, staff.username());
        return count == null ? 0 : count;
    }

    @Transactional
    public void markRead(Staff staff) {
        jdbc.update("update note_mention set seen_at = ? where username = ? and seen_at is null",
                Timestamp.from(Instant.now()), staff.username());
    }
}
