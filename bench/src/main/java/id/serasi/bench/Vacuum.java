package id.serasi.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL's autovacuum does on a server, done by the benchmark where it wants it: this machine's PostgreSQL
 * runs with {@code autovacuum = off}, so without it the tables the benchmarks churn (the outbox, the task inbox, the
 * engine's runtime tables) pile up dead rows that every scan wades through, and the planner keeps the statistics of
 * empty tables and scans what it would look up by index on a real server.
 */
final class Vacuum {

    private Vacuum() {
    }

    /** {@code VACUUM (ANALYZE)} of every table of {@code schema}. */
    static void schema(JdbcTemplate jdbc, String schema) {
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = ?", String.class,
                schema)) {
            // outside a transaction: the template's connections commit on their own
            jdbc.execute("vacuum (analyze) " + schema + "." + table);
        }
    }
}
