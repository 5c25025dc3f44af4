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
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * B1: ATENSI cases from registration to closure (intake, assessment, plan, approval, two services, evaluation,
 * termination and its approval, satisfaction survey, after-care visit) on PostgreSQL, two at a time on the two
 * cores: through Serasi's use cases, and on a bare engine with the same model in a JVM of its own; then against
 * what PostgreSQL can commit on this machine (pgbench).
 */
final class LifecycleBench {

    private static final int THREADS = 2;
    private static final String HISTORY = "audit";
    private static final int ROUNDS = 3;
    private static final int WARM_UP_BATCH = 40;
    private static final List<Place> UNITS = IndonesianData.UNITS.subList(0, 4);

    /** The unit case {@code i} belongs to, the same on both sides. */
    static Place placeOf(int i) {
        return UNITS.get(i % UNITS.size());
    }

    static String unitOf(int i) {
        return placeOf(i).unitCode();
    }

    private final Report report;

    LifecycleBench(Report report) {
        this.report = report;
    }

    /** {@code cases} measured on each side, after at most {@code warmUpLimit} to warm up. */
    void run(int cases, int warmUpLimit) throws Exception {
        report.heading("B1 — lifecycle throughput, registration to closure");
        double pgbenchTps = pgbench();
        Path index = Files.createTempDirectory("serasi-b1-index");
        // the production profile's history level, on both engines, so that the ratio compares code, not settings
        List<String> settings = new java.util.ArrayList<>(SerasiNode.lucene(index));
        settings.add("--camunda.bpm.history-level=" + HISTORY);
        Run serasi = new Run(new Figures("Serasi: one case, registration to closure"));
        Run bare = new Run(new Figures("Bare engine: one case, start to end"));
        int warmUp = 0;
        try (SerasiNode node = SerasiNode.fresh("serasi_b1", settings);
             BareEngineProcess engine = new BareEngineProcess("serasi_b1_bare", HISTORY)) {
            RegisteringCase registering = node.bean(RegisteringCase.class);
            DemoWalker walker = node.bean(DemoWalker.class);
            IndonesianData data = new IndonesianData(1);
            OneCase throughSerasi = i -> {
                Place place = placeOf(i);
                String caseNumber;
                synchronized (data) {
                    caseNumber = Templates.register(registering, data, place);
                }
                walker.walk(caseNumber, DemoWalker.Target.CLOSED_COMPLETED, SerasiNode.worker(place.unitCode()),
                        SerasiNode.supervisor(place.unitCode()));
            };
            JdbcTemplate serasiDb = new JdbcTemplate(node.dataSource());
            // Serasi's turn ends when the search index has caught up with it, so that its indexing is its own time
            // and does not spill into the bare engine's turn
            Side throughSerasiSide = inThisJvm(throughSerasi, () -> awaitEmptyOutbox(serasiDb));
            Side onTheBareEngine = (from, count, perCase) -> {
                BareEngineProcess.Batch batch = engine.run(from, count);
                for (long nanos : batch.caseNanos()) {
                    perCase.add(nanos);
                }
                return new Cpu(batch.cpuSeconds(), 0, batch.compilingSeconds());
            };
            // each batch and each round starts on vacuumed, analysed tables, as autovacuum keeps them on a server
            // on a connection of its own, closed after: its commits are counted when it ends, not up to 10 s later
            // (an idle backend's statistics wait), inside the next measured turn
            Runnable vacuumed = () -> {
                try (Connection c = DriverManager.getConnection(SerasiNode.SERVER, SerasiNode.USER, "")) {
                    JdbcTemplate own = new JdbcTemplate(new SingleConnectionDataSource(c, true));
                    Vacuum.schema(own, "serasi_b1");
                    Vacuum.schema(own, "serasi_b1_bare");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            warmUp = warmUp(throughSerasiSide, onTheBareEngine, vacuumed, warmUpLimit);
            // the two sides take turns, so that the machine's speed drifting during a run weighs on both alike
            int next = warmUp;
            for (int round = 0; round < ROUNDS; round++) {
                int count = round < ROUNDS - 1 ? cases / ROUNDS : cases - (ROUNDS - 1) * (cases / ROUNDS);
                vacuumed.run();
                measure(next, count, serasi, throughSerasiSide);
                vacuumed.run();
                measure(next, count, bare, onTheBareEngine);
                next += count;
            }
            long closed = new JdbcTemplate(node.dataSource()).queryForObject(
                    "select count(*) from atensi_case where outcome = 'COMPLETED'", Long.class);
            if (closed != cases + warmUp) {
                throw new IllegalStateException(closed + " of " + (cases + warmUp) + " Serasi cases closed");
            }
            long notEnded = engine.notEnded(cases + warmUp);
            if (notEnded > 0) {
                throw new IllegalStateException(notEnded + " bare cases did not end");
            }
        } finally {
            Bench.deleteTree(index);
        }
        report.table(List.of(serasi.perCase, bare.perCase));
        report.line("| | cases/s (%d threads) | commits per case | JVM CPU ms per case | of which search indexing"
                + " | JIT compiling ms per case | PostgreSQL CPU ms per case |", THREADS);
        report.line("|---|---:|---:|---:|---:|---:|---:|");
        for (var side : List.of(java.util.Map.entry("Serasi", serasi), java.util.Map.entry("bare engine", bare))) {
            Run r = side.getValue();
            report.line("| %s | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f |", side.getKey(), r.casesPerSecond(),
                    r.commitsPerCase(), r.millisPerCase(r.jvmCpuSeconds), r.millisPerCase(r.indexingCpuSeconds),
                    r.millisPerCase(r.compilingSeconds), r.millisPerCase(r.databaseCpuSeconds));
        }
        report.line("");
        double ratio = serasi.casesPerSecond() / bare.casesPerSecond();
        report.line("History level %s on both (as the production profile sets it), each side in a JVM of its own."
                + " Warm-up: %d cases each, until the"
                + " JIT compilers took under %.0f%% of a batch's time (at most %d); then %d rounds, the two sides in"
                + " turn. Both schemas vacuumed and analysed before every batch and turn (this PostgreSQL runs without"
                + " autovacuum).",
                HISTORY, warmUp, 100 * CpuTime.COMPILING_SETTLED, warmUpLimit, ROUNDS);
        report.line("Serasi / bare engine: %.2f (target ≥ 0.77: %s)", ratio, ratio >= 0.77 ? "met" : "missed");
        report.line("PostgreSQL commit ceiling (pgbench, TPC-B-like, 4 clients, 10 s): %.0f TPS → Serasi's commits use"
                        + " %.0f%% of it (%.0f commits per case × %.2f cases/s), the bare engine's %.0f%%",
                pgbenchTps, 100 * serasi.commitsPerCase() * serasi.casesPerSecond() / pgbenchTps,
                serasi.commitsPerCase(), serasi.casesPerSecond(),
                100 * bare.commitsPerCase() * bare.casesPerSecond() / pgbenchTps);
    }

    /**
     * Both sides, a batch each in turn on two threads, until the JIT compilers have caught up with their code or
     * {@code limit} is reached: a server runs for weeks, and Serasi's code (Spring, Hibernate, Hibernate Search,
     * Lucene beside the engine) is far more to compile than the bare engine's. With six warm-up cases, the compiler
     * threads had half of the JVM's CPU time over the run (async-profiler). Answers the number of cases each side ran.
     */
    private static int warmUp(Side serasi, Side bare, Runnable vacuumed, int limit) throws Exception {
        int done = 0;
        while (done + WARM_UP_BATCH <= limit) {
            vacuumed.run();
            long start = System.nanoTime();
            // as measured: two threads, one side after the other (a single thread leaves paths cold)
            Figures discarded = new Figures("warm-up");
            double compiling = serasi.run(done, WARM_UP_BATCH, discarded).compilingSeconds()
                    + bare.run(done, WARM_UP_BATCH, discarded).compilingSeconds();
            done += WARM_UP_BATCH;
            double seconds = (System.nanoTime() - start) / 1e9;
            if (compiling < CpuTime.COMPILING_SETTLED * seconds) {
                break;
            }
        }
        return done;
    }

    /** One side's cases, seconds and commits, added up over the rounds. */
    static final class Run {
        final Figures perCase;
        int cases;
        double seconds;
        double commits;
        double jvmCpuSeconds;
        double indexingCpuSeconds;
        double compilingSeconds;
        double databaseCpuSeconds;

        Run(Figures perCase) {
            this.perCase = perCase;
        }

        double casesPerSecond() {
            return cases / seconds;
        }

        double commitsPerCase() {
            return commits / cases;
        }

        /** Seconds of one of the sums above as milliseconds per case. */
        double millisPerCase(double total) {
            return 1000 * total / cases;
        }
    }

    interface OneCase {
        void run(int index) throws Exception;
    }

    /** CPU seconds of a side's JVM, of its search index's threads and of its JIT compilers over a batch. */
    record Cpu(double jvmSeconds, double indexingSeconds, double compilingSeconds) {
    }

    /**
     * One side of the comparison, each in a JVM of its own: runs cases {@code from} to {@code from + count} on two
     * threads, adds each case's time to {@code perCase}, and answers what its JVM spent, until its work has settled.
     */
    interface Side {
        Cpu run(int from, int count, Figures perCase) throws Exception;
    }

    /** A side in this JVM: its cases, then {@code settled} (Serasi's search index catching up). */
    private static Side inThisJvm(OneCase oneCase, Runnable settled) {
        return (from, count, perCase) -> {
            double jvm = jvmCpuSeconds();
            double indexing = indexingCpuSeconds();
            double compiling = CpuTime.compilingHere();
            onTwoThreads(from, count, oneCase, perCase);
            settled.run();
            return new Cpu(jvmCpuSeconds() - jvm, indexingCpuSeconds() - indexing, CpuTime.compilingHere() - compiling);
        };
    }

    /**
     * One turn of a side, added to {@code run}: time (until its work has settled), commits, CPU, time per case.
     */
    private static void measure(int from, int count, Run run, Side side) throws Exception {
        double idleCommitsPerSecond = idleCommitRate();
        long commitsBefore = commits();
        double databaseBefore = databaseCpuSeconds();
        long start = System.nanoTime();
        Cpu cpu = side.run(from, count, run.perCase);
        double seconds = (System.nanoTime() - start) / 1e9;
        run.jvmCpuSeconds += cpu.jvmSeconds();
        run.indexingCpuSeconds += cpu.indexingSeconds();
        run.compilingSeconds += cpu.compilingSeconds();
        run.databaseCpuSeconds += databaseCpuSeconds() - databaseBefore;
        Thread.sleep(1500);
        run.cases += count;
        run.seconds += seconds;
        run.commits += commits() - commitsBefore - idleCommitsPerSecond * (seconds + 1.5);
    }

    /** Cases {@code from} to {@code from + count} on two threads, the time of each added to {@code perCase}. */
    static void onTwoThreads(int from, int count, OneCase oneCase, Figures perCase) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> workers = java.util.stream.IntStream.range(0, THREADS).mapToObj(t -> threads.submit(
                    () -> {
                        for (int i = next.getAndIncrement(); i < from + count; i = next.getAndIncrement()) {
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
        } finally {
            threads.shutdown();
        }
    }

    private static void awaitEmptyOutbox(JdbcTemplate db) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (db.queryForObject("select count(*) from hsearch_outbox_event", Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the search outbox did not empty within two minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** CPU time of this JVM, Serasi's (the bare engine runs in its own). */
    private static double jvmCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** CPU time of Hibernate Search's threads in this JVM: the outbox processor, the index writers and merges. */
    private static double indexingCpuSeconds() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (var thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("Hibernate Search")) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    /** CPU time of the PostgreSQL server's processes on this machine (user + system), from /proc. */
    private static double databaseCpuSeconds() {
        return CpuTime.processes(name -> name.startsWith("postgres"));
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
        String out = run("pgbench", "-h", "127.0.0.1", "-U", SerasiNode.USER, "-c", "4", "-j", "2", "-T", "10",
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
