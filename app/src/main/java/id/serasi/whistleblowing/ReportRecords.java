package id.serasi.whistleblowing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The records around a report: messages with the reporter, evidence, investigation notes, conflict declarations. */
@Component
public class ReportRecords {

    private final JdbcTemplate jdbc;

    ReportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A question to the reporter or the reporter's answer; the author is staff, or null for the reporter. */
    public record Message(long id, MessageKind kind, String body, String author, Instant createdAt) {
    }

    /** A stored evidence file; its name is the neutral one given on storing ({@code bukti-1.pdf}), never the sender's. */
    public record Evidence(long id, String fileName, String contentType, long sizeBytes, String documentKey,
                           String sha256, boolean fromReporter, String addedBy, Instant addedAt) {
    }

    public record Note(long id, String author, String body, Instant createdAt) {
    }

    public record Declaration(String investigator, boolean conflictFree, String statement, Instant declaredAt) {
    }

    void addMessage(long reportId, MessageKind kind, String body, String author, Instant at) {
        jdbc.update("insert into wbs_message (report_id, kind, body, author, created_at) values (?, ?, ?, ?, ?)",
                reportId, kind.name(), body, author, Timestamp.from(at));
    }

    List<Message> messages(long reportId) {
        return jdbc.query("select id, kind, body, author, created_at from wbs_message where report_id = ?"
                + " order by created_at, id", (rs, n) -> new Message(rs.getLong("id"),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("author"),
                rs.getTimestamp("created_at").toInstant()), reportId);
    }

    /**
     * How many files the report holds, with the report's row locked until the transaction ends, so two submissions
     * at once number their files one after the other.
     */
    int evidenceCountLocked(long reportId) {
        jdbc.queryForList("select id from wbs_report where id = ? for update", Long.class, reportId);
        return jdbc.queryForObject("select count(*) from wbs_evidence where report_id = ?", Integer.class, reportId);
    }

    void addEvidence(long reportId, Evidence e) {
        jdbc.update("insert into wbs_evidence (report_id, file_name, content_type, size_bytes, document_key, sha256,"
                        + " from_reporter, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", reportId,
                e.fileName(), e.contentType(), e.sizeBytes(), e.documentKey(), e.sha256(), e.fromReporter(),
                e.addedBy(), Timestamp.from(e.addedAt()));
    }

    private static final RowMapper<Evidence> EVIDENCE = (rs, n) -> new Evidence(rs.getLong("id"),
            rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getString("document_key"), rs.getString("sha256"), rs.getBoolean("from_reporter"),
            rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());

    List<Evidence> evidence(long reportId) {
        return jdbc.query("select * from wbs_evidence where report_id = ? order by added_at, id", EVIDENCE, reportId);
    }

    /** One file of the report: another report's file id finds nothing. */
    Optional<Evidence> evidence(long reportId, long evidenceId) {
        return jdbc.query("select * from wbs_evidence where report_id = ? and id = ?", EVIDENCE, reportId, evidenceId)
                .stream().findFirst();
    }

    void addNote(long reportId, String author, String body, Instant at) {
        jdbc.update("insert into wbs_note (report_id, author, body, created_at) values (?, ?, ?, ?)", reportId, author,
                body, Timestamp.from(at));
    }

    List<Note> notes(long reportId) {
        return jdbc.query("select id, author, body, created_at from wbs_note where report_id = ? order by created_at, id",
                (rs, n) -> new Note(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()), reportId);
    }

    void declare(long reportId, String investigator, boolean conflictFree, String statement, Instant at) {
        jdbc.update("insert into wbs_conflict_declaration (report_id, investigator, conflict_free, statement,"
                + " declared_at) values (?, ?, ?, ?, ?)", reportId, investigator, conflictFree, statement,
                Timestamp.from(at));
    }

    List<Declaration> declarations(long reportId) {
        return jdbc.query("select investigator, conflict_free, statement, declared_at from wbs_conflict_declaration"
                + " where report_id = ? order by declared_at, id", (rs, n) -> new Declaration(
                rs.getString("investigator"), rs.getBoolean("conflict_free"), rs.getString("statement"),
                rs.getTimestamp("declared_at").toInstant()), reportId);
    }

    Set<String> conflicted(long reportId) {
        return declarations(reportId).stream().filter(d -> !d.conflictFree()).map(Declaration::investigator)
                .collect(Collectors.toSet());
    }
}
