package id.serasi.bench;

import id.serasi.atensi.RegisteringCase;
import id.serasi.bench.IndonesianData.Place;
import id.serasi.demo.DemoWalker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B1: ATENSI cases from registration to closure (intake, assessment, plan, approval, two services, evaluation,
 * termination and its approval, satisfaction survey, after-care visit) on PostgreSQL, two at a time on the two
 * cores: through Serasi's use cases, and on a bare engine with the same model; then against what PostgreSQL can
 * commit on this machine (pgbench).
 */
final class LifecycleBench {

    private static final int THREADS = 2;
    private static final String HISTORY = "audit";
    private static final int WARM_UP = 6;
    private static final List<Place> UNITS = IndonesianData.UNITS.subList(0, 4);

    private final Report report;

    LifecycleBench(Report report) {
        this.report = report;
    }

    void run(int cases) throws Exception {
        report.heading("B1 — lifecycle throughput, registration to closure");
        double pgbenchTps = pgbench();
        Run serasi;
        Path index = Files.createTempDirectory("serasi-b1-index");
        // the production profile's history level, on both engines, so that the ratio compares code, not settings
        List<String> settings = new java.util.ArrayList<>(SerasiNode.lucene(index));
        settings.add("--camunda.bpm.history-level=" + HISTORY);
        try (SerasiNode node = SerasiNode.fresh("serasi_b1", settings)) {
            RegisteringCase registering = node.bean(RegisteringCase.class);
            DemoWalker walker = node.bean(DemoWalker.class);
            IndonesianData data = new IndonesianData(1);
            Figures perCase = new Figures("Serasi: one case, registration to closure");
            serasi = measure(cases, perCase, i -> {
                Place place = UNITS.get(i % UNITS.size());
                String caseNumber;
                synchronized (data) {
                    caseNumber = Templates.register(registering, data, place);
                }
                walker.walk(caseNumber, DemoWalker.Target.CLOSED_COMPLETED, SerasiNode.worker(place.unitCode()),
                        SerasiNode.supervisor(place.unitCode()));
            });
            long closed = new JdbcTemplate(node.dataSource()).queryForObject(
                    "select count(*) from atensi_case where outcome = 'COMPLETED'", Long.class);
            if (closed != cases + WARM_UP) {
                throw new IllegalStateException(closed + " of " + (cases + WARM_UP) + " Serasi cases closed");
            }
        } finally {
            Bench.deleteTree(index);
        }
        Run bare;
        try (BareEngine engine = new BareEngine("serasi_b1_bare", HISTORY)) {
            Figures perCase = new Figures("Bare engine: one case, start to end");
            bare = measure(cases, perCase, i -> engine.lifecycle(i, UNITS.get(i % UNITS.size()).unitCode()));
            for (int i = 0; i < cases + WARM_UP; i++) {
                if (!engine.ended(i)) {
                    throw new IllegalStateException("bare case " + i + " did not end");
                }
            }
        }
        report.table(List.of(serasi.perCase(), bare.perCase()));
        report.line("| | cases/s (%d threads) | commits per case |", THREADS);
        report.line("|---|---:|---:|");
        report.line("| Serasi | %.2f | %.0f |", serasi.casesPerSecond(), serasi.commitsPerCase());
        report.line("| bare engine | %.2f | %.0f |", bare.casesPerSecond(), bare.commitsPerCase());
        report.line("");
        double ratio = serasi.casesPerSecond() / bare.casesPerSecond();
        report.line("History level %s on both (as the production profile sets it).", HISTORY);
        report.line("Serasi / bare engine: %.2f (target ≥ 0.77: %s)", ratio, ratio >= 0.77 ? "met" : "missed");
        report.line("PostgreSQL commit ceiling (pgbench, TPC-B-like, 4 clients, 20 s): %.0f TPS → Serasi's commits use"
                        + " %.0f%% of it (%.0f commits per case × %.2f cases/s), the bare engine's %.0f%%",
                pgbenchTps, 100 * serasi.commitsPerCase() * serasi.casesPerSecond() / pgbenchTps,
                serasi.commitsPerCase(), serasi.casesPerSecond(),
                100 * bare.commitsPerCase() * bare.casesPerSecond() / pgbenchTps);
    }

    record Run(double casesPerSecond, double commitsPerCase, Figures perCase) {
    }

    interface OneCase {
        void run(int index) throws Exception;
    }

    /** Warm-up cases first, then {@code cases} on two threads: throughput, commits per case, time per case. */
    private Run measure(int cases, Figures perCase, OneCase oneCase) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            oneCase.run(i);
        }
        double idleCommitsPerSecond = idleCommitRate();
        long commitsBefore = commits();
        AtomicInteger next = new AtomicInteger(WARM_UP);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<Object>> workers = java.util.stream.IntStream.range(0, THREADS).mapToObj(t -> threads.submit(() -> {
            for (int i = next.getAndIncrement(); i < cases + WARM_UP; i = next.getAndIncrement()) {
                long one = System.nanoTime();
                oneCase.run(i);
                synchronized (perCase) {
                    perCase.add(System.nanoTime() - one);
                }
            }
            return null;
        })).toList();
        for (Future<Object> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        Thread.sleep(1500);
        double commits = commits() - commitsBefore - idleCommitsPerSecond * (seconds + 1.5);
        return new Run(cases / seconds, commits / cases, perCase);
    }

    /** Commits in the test database while nothing is measured (search agents polling, pools keeping alive). */
    private static double idleCommitRate() throws InterruptedException {
        long before = commits();
        Thread.sleep(3000);
        return (commits() - before) / 3.0;
    }

    private static long commits() {
        try (Connection c = DriverManager.getConnection(SerasiNode.SERVER, SerasiNode.USER, "");
             Statement s = c.createStatement()) {
            s.execute("select pg_stat_clear_snapshot()");
            var rs = s.executeQuery("select xact_commit from pg_stat_database where datname = current_database()");
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** pgbench's TPC-B-like transactions per second on a scratch database of the same server. */
    private double pgbench() throws IOException, InterruptedException {
        try (Connection c = DriverManager.getConnection(SerasiNode.SERVER, SerasiNode.USER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists serasi_pgbench");
            s.execute("create database serasi_pgbench");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        run("pgbench", "-h", "127.0.0.1", "-U", SerasiNode.USER, "-i", "-q", "-s", "10", "serasi_pgbench");
        String out = run("pgbench", "-h", "127.0.0.1", "-U", SerasiNode.USER, "-c", "4", "-j", "2", "-T", "20",
                "serasi_pgbench");
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + out);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
