package id.serasi.bench;

import id.serasi.SearchServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Serasi's benchmarks (ISSUE 8, docs/performance.md): {@code bench/run} for the small scale, {@code bench/run --full}
 * for 1,000,000 cases and 200,000 open tasks; {@code --only=B2,B3} picks benchmarks; {@code --reuse} keeps the
 * population an earlier run of the same scale left in the schema (to repeat B2–B4 after a change without generating
 * it again); {@code --lucene-only} leaves out B3/B4's OpenSearch pass. Every figure is printed beside
 * its baseline from the same run; nothing here passes or fails.
 */
public final class Bench {

    /** How big a run is; {@code searchWarmUp}, how long B3 may warm a backend up at most. */
    record Scale(String name, int cases, int openCases, int lifecycleCases, int lifecycleWarmUp, int samples,
                 Duration searchWarmUp) {
    }

    static final Scale SMALL = new Scale("small", 50_000, 10_000, 40, 80, 100, Duration.ofMinutes(1));
    static final Scale FULL = new Scale("full", 1_000_000, 200_000, 300, 1_500, 500, Duration.ofMinutes(4));
    static final String SCHEMA = "serasi_bench";

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Scale scale = options.contains("--full") ? FULL : SMALL;
        Set<String> only = options.stream().filter(a -> a.startsWith("--only=")).flatMap(a -> Arrays.stream(
                a.substring(7).toUpperCase().split(","))).collect(Collectors.toSet());
        Report report = new Report(Path.of("target/bench-results.md"));
        Instant started = Instant.now();
        report.line("# Serasi benchmarks — %s scale, %s", scale.name(), started);
        Machine.describe(report);
        // B5 first, on a quiet machine: after the others PostgreSQL and the disk are still busy with what they wrote
        if (wanted(only, "B5")) {
            new StartupBench(report).run();
        }
        if (wanted(only, "B1")) {
            new LifecycleBench(report).run(scale.lifecycleCases(), scale.lifecycleWarmUp());
        }
        if (wanted(only, "B2") || wanted(only, "B3") || wanted(only, "B4")) {
            casesAndSearch(report, scale, only, options.contains("--reuse"), options.contains("--lucene-only"));
        }
        report.line("");
        report.timings();
        Duration took = Duration.between(started, Instant.now());
        report.line("Run took %d min %02d s.", took.toMinutes(), took.toSecondsPart());
        System.exit(0);
    }

    private static void casesAndSearch(Report report, Scale scale, Set<String> only, boolean reuse,
                                       boolean luceneOnly) throws IOException {
        Path luceneIndex = Path.of("target/bench-index");
        deleteTree(luceneIndex);
        List<Figures> baseline = List.of();
        report.heading("Population");
        boolean kept = reuse && Population.holds(SCHEMA, scale.cases());
        try (SerasiNode node = kept ? SerasiNode.existing(SCHEMA, SerasiNode.lucene(luceneIndex))
                : SerasiNode.fresh(SCHEMA, SerasiNode.lucene(luceneIndex))) {
            if (kept) {
                report.line("The population of an earlier run of this scale, kept (--reuse).");
            } else {
                populate(node, report, scale);
            }
            if (wanted(only, "B2")) {
                new TaskListBench(node, report).run(scale.samples());
            }
            if (wanted(only, "B3") || wanted(only, "B4")) {
                report.heading("B4 and B3 on Lucene — mass reindex, then search");
                SearchBench lucene = new SearchBench(node, report);
                lucene.reindex();
                baseline = lucene.search(scale.samples(), scale.searchWarmUp(), List.of());
            }
        }
        if (!luceneOnly && (wanted(only, "B3") || wanted(only, "B4"))) {
            report.heading("B4 and B3 on OpenSearch — mass reindex, then search");
            SearchServer openSearch = SearchServer.get();
            try (SerasiNode node = SerasiNode.existing(SCHEMA, SerasiNode.openSearch(openSearch.uri(),
                    SearchServer.version(), "bench_case"))) {
                SearchBench search = new SearchBench(node, report, openSearch);
                search.reindex();
                search.search(scale.samples(), scale.searchWarmUp(), baseline);
            } finally {
                openSearch.stop();
            }
        }
    }

    private static void populate(SerasiNode node, Report report, Scale scale) {
        long start = System.nanoTime();
        Population population = new Population(node.dataSource());
        population.addUnits();
        var templates = Templates.walk(node);
        long walked = System.nanoTime();
        population.generate(scale.cases(), scale.openCases(), templates);
        long generated = System.nanoTime();
        JdbcTemplate jdbc = new JdbcTemplate(node.dataSource());
        int clones = new EngineClones(jdbc, SCHEMA).cloneAll();
        long cloned = System.nanoTime();
        Vacuum.schema(jdbc, SCHEMA);
        report.line("%d template cases walked through Serasi's use cases in %.0f s; %,d cases with beneficiaries,"
                        + " plans and notes written by COPY in %.0f s; engine rows and inbox for %,d open cases in %.0f s;"
                        + " vacuumed and analysed in %.0f s.",
                templates.values().stream().mapToInt(List::size).sum(), (walked - start) / 1e9, scale.cases(),
                (generated - walked) / 1e9, clones, (cloned - generated) / 1e9, (System.nanoTime() - cloned) / 1e9);
    }

    private static boolean wanted(Set<String> only, String benchmark) {
        return only.isEmpty() || only.contains(benchmark);
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
