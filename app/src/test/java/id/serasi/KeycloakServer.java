package id.serasi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for the security tests: the {@code keycloak-quarkus-dist} zip from Maven Central (copied to
 * {@code target/keycloak} by the build), unpacked once, started in development mode with an in-memory database and
 * the project's realm file imported. One server per test JVM, stopped when the JVM exits.
 */
public final class KeycloakServer {

    private static final Path ZIP = Path.of("target/keycloak/keycloak.zip");
    private static final Path HOME = Path.of("target/keycloak/server");
    private static final Path REALM = Path.of("../keycloak-realm/serasi-realm.json");
    private static KeycloakServer running;

    private final int port;

    private KeycloakServer(int port) {
        this.port = port;
    }

    /** The issuer of the {@code serasi} realm, e.g. {@code http://localhost:41234/realms/serasi}. */
    public String issuer() {
        return "http://localhost:" + port + "/realms/serasi";
    }

    public static synchronized KeycloakServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static KeycloakServer start() {
        try {
            Path home = unpack();
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.writeString(imports.resolve("serasi-realm.json"), realmForTests());
            int port = FreePort.any();
            ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--db=dev-mem", "--import-realm", "--hostname=localhost",
                    "--cache=local", "--health-enabled=false")
                    .redirectErrorStream(true).redirectOutput(Path.of("target/keycloak/keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> process.descendants().forEach(ProcessHandle::destroy)));
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            KeycloakServer server = new KeycloakServer(port);
            server.awaitRealm(process);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Process process) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/keycloak/keycloak.log");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak did not answer within 3 minutes; see target/keycloak/keycloak.log");
    }

    /**
     * The project's realm, except that the UI client accepts any redirect: the tests' servers listen on random
     * ports, and the realm file itself only names the real addresses.
     */
    private static String realmForTests() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(REALM.toFile());
        for (JsonNode client : realm.withArray("clients")) {
            if ("serasi-ui".equals(client.path("clientId").asText())) {
                ((ObjectNode) client).putArray("redirectUris").add("*");
                ((ObjectNode) client).putArray("webOrigins").add("+");
                ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", "*");
            }
        }
        return json.writeValueAsString(realm);
    }

    private static Path unpack() throws IOException {
        if (!Files.exists(ZIP)) {
            throw new IllegalStateException(ZIP + " is missing: run the tests through Maven (it copies the Keycloak"
                    + " distribution from Maven Central)");
        }
        Path marker = HOME.resolve(".unpacked");
        if (!Files.exists(marker)) {
            try (InputStream in = Files.newInputStream(ZIP); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                    Path target = HOME.resolve(name).normalize();
                    if (!target.startsWith(HOME) || name.isEmpty()) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.createFile(marker);
        }
        return HOME;
    }


    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
