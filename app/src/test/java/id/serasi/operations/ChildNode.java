package id.serasi.operations;

import id.serasi.Await;
import id.serasi.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Serasi node in a JVM of its own, started from the test class path (so the test-only {@link TestNodeApi} can be
 * switched on) with the given arguments; its output goes to {@code target/<name>.log}.
 */
final class ChildNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Process process;
    final Path log;

    private ChildNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ChildNode start(String name, List<String> arguments) throws IOException {
        int port = FreePort.any();
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"), "id.serasi.SerasiApplication",
                "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new ChildNode(name, port, process, log);
    }

    void awaitReady() {
        Await.until("node " + name + " ready (see " + log + ")", Duration.ofMinutes(3), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped; see " + log);
            }
            return status(get("/actuator/health/readiness", null)) == 200;
        });
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    HttpResponse<String> post(String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    static int status(HttpResponse<String> response) {
        return response == null ? -1 : response.statusCode();
    }

}
