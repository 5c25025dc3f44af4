package id.serasi.audit;

import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's reading of the audit trail: by case (its number), by person (the actor) and by period, newest first,
 * a page at a time; and an export of at most {@link #EXPORT_LIMIT} lines, which is itself an audit line. Only admins
 * get anything. Whistleblowing reports' lines are not among them: who read which report, and which protective case a
 * report opened, stay with the report, whose lead sees its trail (docs/whistleblowing.md).
 */
@Component
public class ReadingAuditTrail {

    public static final int EXPORT_LIMIT = 50_000;
    public static final int PAGE_LIMIT = 500;

    private static final String COLUMNS = "select id, occurred_at, actor, action, subject_type, subject_ref, details";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ReadingAuditTrail(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Any part may be left out (null or blank); the subject is matched exactly (a case number as it is written), the
     * person by user name; the period runs from {@code from} up to, not including, {@code to}.
     */
    public record Filter(String subjectRef, String actor, Instant from, Instant to) {

        public Filter {
            subjectRef = subjectRef == null || subjectRef.isBlank() ? null : subjectRef.strip();
            actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        }

        public static Filter everything() {
            return new Filter(null, null, null, null);
        }

        /** What the export line records: the filter, in the trail's own words. */
        String describe() {
            return "case=" + (subjectRef == null ? "*" : subjectRef) + " actor=" + (actor == null ? "*" : actor)
                    + " from=" + (from == null ? "*" : from) + " to=" + (to == null ? "*" : to);
        }
    }

    public sealed interface Lines {
        /** One page of lines, newest first, and how many lines the filter matches in all. */
        record Found(List<AuditLine> lines, long total) implements Lines {
        }

        record NotAllowed() implements Lines {
        }
    }

    public sealed interface Export {
        record Exported(List<AuditLine> lines) implements Export {
        }

        /** More lines than one export holds: the admin narrows the filter. Nothing was exported. */
        record TooMany(long total, int limit) implements Export {
        }

        record NotAllowed() implements Export {
        }
    }

    /** Lines {@code offset} to {@code offset + limit} (at most {@link #PAGE_LIMIT}); a limit of 0 only counts. */
    @Transactional(readOnly = true)
    public Lines lines(Filter filter, int offset, int limit, Staff staff) {
        if (!staff.has(Role.ADMIN)) {
            return new Lines.NotAllowed();
        }
        Where where = Where.of(filter);
        long total = count(where);
        int size = Math.max(0, Math.min(limit, PAGE_LIMIT));
        List<AuditLine> lines = size == 0 || offset >= total ? List.of() : select(where, Math.max(0, offset), size);
        return new Lines.Found(lines, total);
    }

    /** Every line the filter matches, for a download; the export is written to the trail with its filter. */
    @Transactional
    public Export export(Filter filter, Staff staff) {
        if (!staff.has(Role.ADMIN)) {
            return new Export.NotAllowed();
        }
        Where where = Where.of(filter);
        long total = count(where);
        if (total > EXPORT_LIMIT) {
            return new Export.TooMany(total, EXPORT_LIMIT);
        }
        List<AuditLine> lines = select(where, 0, EXPORT_LIMIT);
        audit.record(staff.username(), "AUDIT_EXPORTED", AuditTrail.SYSTEM, "audit_event",
                filter.describe() + " lines=" + lines.size());
        return new Export.Exported(lines);
    }

    private long count(Where where) {
        Long count = jdbc.queryForObject("select count(*) from audit_event" + where.sql(), Long.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    private List<AuditLine> select(Where where, int offset, int limit) {
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query(COLUMNS + " from audit_event" + where.sql() + " order by occurred_at desc, id desc"
                + " limit ? offset ?", ReadingAuditTrail::line, args.toArray());
    }

    private static AuditLine line(ResultSet rs, int row) throws SQLException {
        return new AuditLine(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_ref"), rs.getString("details"));
    }

    private record Where(String sql, List<Object> args) {

        static Where of(Filter filter) {
            StringBuilder sql = new StringBuilder(" where subject_type <> ?");
            List<Object> args = new ArrayList<>(List.of(AuditTrail.WBS_REPORT));
            if (filter.subjectRef() != null) {
                sql.append(" and subject_ref = ?");
                args.add(filter.subjectRef());
            }
            if (filter.actor() != null) {
                sql.append(" and actor = ?");
                args.add(filter.actor());
            }
            if (filter.from() != null) {
                sql.append(" and occurred_at >= ?");
                args.add(Timestamp.from(filter.from()));
            }
            if (filter.to() != null) {
                sql.append(" and occurred_at < ?");
                args.add(Timestamp.from(filter.to()));
            }
            return new Where(sql.toString(), args);
        }
    }
}
