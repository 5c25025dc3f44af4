package id.serasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasi.SearchServer;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import id.serasi.atensi.WritingCaseFile;
import id.serasi.search.CaseQuery;
import id.serasi.search.CaseResults;
import id.serasi.search.ReindexingCases;
import id.serasi.search.SearchingCases;
import id.serasi.security.Staff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * B4 (mass reindex rate) and B3 (case search at the population's size) on one search backend, with the same
 * questions asked of PostgreSQL alone ({@code ILIKE}, prefix {@code LIKE}, {@code GROUP BY}, distance formula) as the
 * baseline: what a case list without a search engine would run.
 */
final class SearchBench {

    private static final String UNIT = "wyata-guna-bandung";
    private static final String PAGE_SQL = "select c.case_number, b.full_name, b.nik, c.unit_code, c.stage,"
            + " c.target_group, c.priority, c.case_manager, c.opened_at from atensi_case c"
            + " join beneficiary b on b.id = c.beneficiary_id where c.unit_code = ? and ";
    private static final String COUNT_SQL = "select count(*) from atensi_case c join beneficiary b on b.id = c.beneficiary_id"
            + " where c.unit_code = ? and ";
    private static final String DISTANCE = "6371 * 2 * asin(sqrt(power(sin(radians(b.latitude - ?) / 2), 2)"
            + " + cos(radians(?)) * cos(radians(b.latitude)) * power(sin(radians(b.longitude - ?) / 2), 2)))";

    /** The node statistics {@link #timed} reads before and after each kind, in one request. */
    private static final String SEARCH_AND_GC = "indices,jvm/search";

    /** Searches of each kind per warm-up round. */
    private static final int WARM_UP_ROUND = 100;

    private final SerasiNode node;
    private final Report report;
    private final String backend;
    private final JdbcTemplate jdbc;
    /** The search server's address, whose statistics tell its own share of a search; null on Lucene. */
    private final String server;
    /** The search server's process, whose JIT compilers the warm-up waits for; 0 on Lucene. */
    private final long serverPid;

    /** On Lucene in the node's own JVM. */
    SearchBench(SerasiNode node, Report report) {
        this(node, report, "Lucene", null, 0);
    }

    /** On a search server, OpenSearch here. */
    SearchBench(SerasiNode node, Report report, SearchServer server) {
        this(node, report, "OpenSearch", server.uri(), server.pid());
    }

    private SearchBench(SerasiNode node, Report report, String backend, String server, long serverPid) {
        this.node = node;
        this.report = report;
        this.backend = backend;
        this.server = server;
        this.serverPid = serverPid;
        this.jdbc = new JdbcTemplate(node.dataSource());
    }

    /** B4: rebuilds the index from the database and reports cases per second. */
    void reindex() {
        ReindexingCases reindexing = node.bean(ReindexingCases.class);
        long start = System.nanoTime();
        ReindexingCases.Progress done = reindexing.runNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (done.failure() != null) {
            throw new IllegalStateException("reindex on " + backend + " failed: " + done.failure());
        }
        double rate = done.done() / seconds;
        report.line("B4 %s: %,d cases reindexed in %.1f s → %,.0f cases/s (target ≥ 5,000: %s)", backend, done.done(),
                seconds, rate, rate >= 5000 ? "met" : "missed");
    }

    /**
     * B3: four kinds of question on the index, and, unless {@code baseline} holds them from an earlier pass over the
     * same data, on PostgreSQL; then commit-to-searchable lag. Answers the PostgreSQL figures.
     */
    List<Figures> search(int samples, Duration warmUpLimit, List<Figures> baseline) {
        SearchingCases searching = node.bean(SearchingCases.class);
        Staff worker = SerasiNode.worker(UNIT);
        List<Map<String, Object>> people = jdbc.queryForList("select b.full_name, b.nik, b.latitude, b.longitude"
                + " from beneficiary b join atensi_case c on c.beneficiary_id = b.id where c.unit_code = ?"
                + " order by b.id limit 500", UNIT);
        int leastWarmUp = 2 * Math.max(100, samples / 2);
        long unitCases = jdbc.queryForObject("select count(*) from atensi_case where unit_code = ?", Long.class, UNIT);
        report.line("");
        report.line("B3 %s: a social worker of %s searching the unit's %,d cases (of %,d).", backend, UNIT, unitCases,
                jdbc.queryForObject("select count(*) from atensi_case", Long.class));
        report.line("");
        Figures.Sample byName = i -> expectHits(searching.search(CaseQuery.of(fragment(people, i)), worker));
        Figures.Sample byNik = i -> expectHits(searching.search(CaseQuery.of(nikPrefix(people, i)), worker));
        Figures.Sample byFilters = i -> expectHits(searching.search(filtered(i), worker));
        Figures.Sample byDistance = i -> {
            Map<String, Object> p = people.get(i % people.size());
            expectHits(searching.search(CaseQuery.of("").near(new CaseQuery.Near((Double) p.get("latitude"),
                    (Double) p.get("longitude"), 5)).orderedBy(CaseQuery.Order.NEAREST), worker));
        };
        // the least any search costs on this backend: a question matching nothing, no hits to read (on OpenSearch,
        // the HTTP round trip to the other JVM on the same cores)
        jakarta.persistence.EntityManagerFactory factory = node.bean(jakarta.persistence.EntityManagerFactory.class);
        Figures.Sample nothing = i -> {
            try (var entities = factory.createEntityManager()) {
                Search.session(entities).search(AtensiCase.class).where(f -> f.matchNone()).fetchTotalHitCount();
            }
        };
        warmUp(List.of(byName, byNik, byFilters, byDistance, nothing), leastWarmUp, warmUpLimit);
        List<String> serverShare = new ArrayList<>();
        List<String> collections = new ArrayList<>();
        Figures name = timed("name fragment", samples, byName, serverShare, collections);
        Figures nik = timed("NIK prefix", samples, byNik, serverShare, collections);
        Figures facets = timed("filters + facets", samples, byFilters, serverShare, collections);
        Figures geo = timed("within 5 km, nearest first", samples, byDistance, serverShare, collections);
        Figures floor = timed("a search matching nothing (the least any search costs)", samples, nothing,
                serverShare, collections);
        List<Figures> index = List.of(name, nik, facets, geo);
        List<Figures> database = baseline.isEmpty() ? postgres(people, Math.max(10, samples / 10)) : baseline;
        List<Figures> all = new ArrayList<>(index);
        if (baseline.isEmpty()) {
            all.addAll(database);
        }
        all.add(floor);
        report.table(all);
        for (int i = 0; i < index.size(); i++) {
            report.ratio(index.get(i), database.get(i));
        }
        if (!serverShare.isEmpty()) {
            report.line("");
            report.line("Of each search's mean time, %s's own query and fetch phases (its node statistics): %s. The"
                    + " rest is the HTTP round trip between the two processes and Hibernate Search writing the request"
                    + " and reading the answer.", backend, String.join("; ", serverShare));
        }
        report.line("");
        report.line("Garbage collections while each kind was measured (%d searches): %s.", samples,
                String.join("; ", collections));
        lag(samples / 5, searching, worker);
        return database;
    }

    /**
     * Makes this a server that has answered searches for a while. First the merges the reindex left running end
     * (OpenSearch went from 13 segments to 4 in the first seconds of searching, and searches took twice as long
     * meanwhile). Then every kind is asked in rounds, all kinds before any is measured (measuring each right after
     * its own warm-up timed the compiler on paths the next kind needed), at least {@code least} of each, until the
     * JIT compilers took under {@link CpuTime#COMPILING_SETTLED} of two rounds in a row: those of this JVM and, on
     * a search server, the server's. After the 500 searches of each kind this took before, OpenSearch's compilers
     * still had a fifth to a half of a round's time, and its p95 went on falling for some 10,000 more searches.
     */
    private void warmUp(List<Figures.Sample> kinds, int least, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        awaitMerges(deadline);
        double mergesSeconds = (System.nanoTime() - start) / 1e9;
        int rounds = 0;
        int settledRounds = 0;
        while (settledRounds < 2 && System.nanoTime() < deadline) {
            long roundStart = System.nanoTime();
            double compiling = compilingSeconds();
            for (Figures.Sample kind : kinds) {
                for (int i = 0; i < WARM_UP_ROUND; i++) {
                    kind.run(rounds * WARM_UP_ROUND + i);
                }
            }
            rounds++;
            double share = (compilingSeconds() - compiling) / ((System.nanoTime() - roundStart) / 1e9);
            boolean enough = rounds * WARM_UP_ROUND >= least;
            settledRounds = share < CpuTime.COMPILING_SETTLED && enough ? settledRounds + 1 : 0;
        }
        report.line("Warm-up: merges done after %.0f s; then %d rounds of %d searches of every kind (%.0f s), until"
                        + " the JIT compilers%s took under %.0f%% of two rounds in a row (at most %d s)%s.",
                mergesSeconds, rounds, WARM_UP_ROUND, (System.nanoTime() - start) / 1e9 - mergesSeconds,
                server == null ? "" : " of both JVMs", 100 * CpuTime.COMPILING_SETTLED,
                limit.toSeconds(), settledRounds < 2 ? " — the limit came first" : "");
        report.line("");
    }

    /** The compilers' time so far: this JVM's, and on a search server the server's compiler threads' CPU. */
    private double compilingSeconds() {
        return CpuTime.compilingHere() + (server == null ? 0 : CpuTime.compilingIn(serverPid));
    }

    /** Until the index has no merge running: on OpenSearch by its statistics, on Lucene by its merge threads. */
    private void awaitMerges(long deadline) {
        while (merging() && System.nanoTime() < deadline) {
            sleep(500);
        }
    }

    private boolean merging() {
        if (server == null) {
            return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().contains("Merge Thread"));
        }
        return serverStats("/_all/_stats/merge").path("_all").path("total").path("merges").path("current").asLong() > 0;
    }

    /**
     * Times one kind of search; on a search server, also the server's own time in the query and fetch phases of
     * those searches, from its node statistics, as a mean beside the mean the application saw. Beside it, the
     * garbage collections of this JVM (and of the server) meanwhile, which a tail of slow searches could be.
     */
    private Figures timed(String kindName, int samples, Figures.Sample kind, List<String> serverShare,
                          List<String> collections) {
        JsonNode serverBefore = server == null ? null : nodeStats(SEARCH_AND_GC);
        long[] gcBefore = collections();
        Figures figures = Figures.time(backend + ": " + kindName, 0, samples, kind);
        long[] gc = minus(collections(), gcBefore);
        String serverGc = "";
        if (serverBefore != null) {
            JsonNode serverAfter = nodeStats(SEARCH_AND_GC);
            double[] before = searchStats(serverBefore);
            double[] after = searchStats(serverAfter);
            double searches = after[1] - before[1];
            serverShare.add(String.format(Locale.ROOT, "%s %.2f of %.2f ms", kindName,
                    (after[0] - before[0]) / searches, figures.mean()));
            long[] onServer = minus(serverCollections(serverAfter), serverCollections(serverBefore));
            serverGc = String.format(Locale.ROOT, ", the search server %d in %d ms", onServer[0], onServer[1]);
        }
        collections.add(String.format(Locale.ROOT, "%s: this JVM %d in %d ms%s", kindName, gc[0], gc[1], serverGc));
        return figures;
    }

    /** Garbage collections of this JVM so far: how many, and their milliseconds. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The search server's garbage collections (young and old) in its node statistics: how many, and their ms. */
    private static long[] serverCollections(JsonNode stats) {
        long count = 0;
        long millis = 0;
        var collectors = stats.path("jvm").path("gc").path("collectors");
        for (var collector : collectors) {
            count += collector.path("collection_count").asLong();
            millis += collector.path("collection_time_in_millis").asLong();
        }
        return new long[] {count, millis};
    }

    private static long[] minus(long[] after, long[] before) {
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }

    /** The search server's milliseconds in query and fetch phases, and its number of queries, in its statistics. */
    private static double[] searchStats(JsonNode stats) {
        var search = stats.path("indices").path("search");
        return new double[] {search.path("query_time_in_millis").asDouble()
                + search.path("fetch_time_in_millis").asDouble(), search.path("query_total").asDouble()};
    }

    /** The statistics of the search server's one node, of the metrics named as {@code _nodes/stats} takes them. */
    private JsonNode nodeStats(String metrics) {
        return serverStats("/_nodes/stats/" + metrics).path("nodes").elements().next();
    }

    /** A statistics request to the search server, its answer read. */
    private JsonNode serverStats(String path) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same four questions asked of PostgreSQL alone, in the same order. */
    private List<Figures> postgres(List<Map<String, Object>> people, int samples) {
        Figures nameSql = Figures.time("PostgreSQL: name ILIKE", 2, samples, i -> {
            String text = "%" + fragment(people, i) + "%";
            jdbc.queryForObject(COUNT_SQL + "b.full_name ilike ?", Long.class, UNIT, text);
            jdbc.queryForList(PAGE_SQL + "b.full_name ilike ? order by c.opened_at desc limit 20", UNIT, text);
        });
        Figures nikSql = Figures.time("PostgreSQL: NIK LIKE prefix", 2, samples, i -> {
            String prefix = nikPrefix(people, i) + "%";
            jdbc.queryForObject(COUNT_SQL + "b.nik like ?", Long.class, UNIT, prefix);
            jdbc.queryForList(PAGE_SQL + "b.nik like ? order by c.opened_at desc limit 20", UNIT, prefix);
        });
        Figures facetsSql = Figures.time("PostgreSQL: filters + GROUP BY facets", 2, samples, i -> {
            String where = "c.stage in ('ASSESSMENT', 'INTERVENTION', 'CLOSED') and c.target_group <> 'NAPZA'"
                    + " and c.opened_at >= timestamp '2025-01-01' and c.opened_at < timestamp '2026-01-01'";
            jdbc.queryForList(PAGE_SQL + where + " order by c.opened_at desc limit 20", UNIT);
            for (String facet : List.of("c.stage", "c.unit_code", "c.target_group", "c.priority")) {
                jdbc.queryForList("select " + facet + ", count(*)" + COUNT_SQL.substring(COUNT_SQL.indexOf(" from"))
                        + where + " group by " + facet, UNIT);
            }
        });
        Figures geoSql = Figures.time("PostgreSQL: distance formula ≤ 5 km", 2, samples, i -> {
            Map<String, Object> p = people.get(i % people.size());
            Object lat = p.get("latitude");
            Object lon = p.get("longitude");
            jdbc.queryForList(PAGE_SQL + DISTANCE + " <= 5 order by " + DISTANCE + " limit 20", UNIT, lat, lat, lon,
                    lat, lat, lon);
        });
        return List.of(nameSql, nikSql, facetsSql, geoSql);
    }

    /** Commit-to-searchable: a note with a new word is saved; how long until a search finds its case. */
    private void lag(int samples, SearchingCases searching, Staff worker) {
        WritingCaseFile writing = node.bean(WritingCaseFile.class);
        List<String> cases = jdbc.queryForList("select case_number from atensi_case where unit_code = ?"
                + " and status = 'OPEN' order by id limit ?", String.class, UNIT, samples);
        Figures lag = new Figures(backend + ": commit → searchable");
        for (int i = 0; i < cases.size(); i++) {
            String word = "penanda" + backend.charAt(0) + System.nanoTime();
            CaseChange saved = writing.note(cases.get(i), "Catatan uji jeda " + word, worker);
            long committed = System.nanoTime();
            if (!(saved instanceof CaseChange.Done)) {
                throw new IllegalStateException("note refused: " + saved);
            }
            long deadline = committed + Duration.ofSeconds(30).toNanos();
            while (searching.search(CaseQuery.of(word), worker).total() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("note on " + cases.get(i) + " not searchable after 30 s");
                }
                sleep(5);
            }
            lag.add(System.nanoTime() - committed);
        }
        report.table(List.of(lag));
        report.line("Target: lag p95 ≤ 1.5 s → %.0f ms — %s", lag.p95(), lag.p95() <= 1500 ? "met" : "missed");
    }

    private static CaseQuery filtered(int i) {
        CaseQuery query = CaseQuery.of("").withStages(Set.of(Stage.ASSESSMENT, Stage.INTERVENTION, Stage.CLOSED))
                .withTargetGroups(Set.of(TargetGroup.values()[i % 6]))
                .openedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        return query.orderedBy(CaseQuery.Order.NEWEST);
    }

    /** The first five letters of the family name (or of the only name). */
    private static String fragment(List<Map<String, Object>> people, int i) {
        String[] words = ((String) people.get(i % people.size()).get("full_name")).split(" ");
        String word = words[words.length - 1];
        return word.substring(0, Math.min(5, word.length())).toLowerCase();
    }

    private static String nikPrefix(List<Map<String, Object>> people, int i) {
        return ((String) people.get(i % people.size()).get("nik")).substring(0, 10);
    }

    private static void expectHits(CaseResults results) {
        if (results.total() == 0) {
            throw new IllegalStateException("a benchmark search found nothing");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
