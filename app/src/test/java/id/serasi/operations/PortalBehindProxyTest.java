package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Await;
import id.serasi.FreePort;
import id.serasi.PostgresSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 25, the public portal behind the proxy: Debian's HAProxy, configured from deploy/haproxy.cfg itself (only
 * its addresses replaced), in front of two Serasi JVMs on one PostgreSQL schema, trusting forwarded headers from the
 * proxy's address only, as docker-compose.yml does. Two clients on distinct loopback addresses (127.0.0.2 and
 * 127.0.0.3; Linux routes all of 127/8 to lo, and the proxy reaches the nodes from 127.0.0.1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBehindProxyTest {

    static final String SCHEMA = "serasi_portal_proxy";
    static final Path HAPROXY = Path.of(System.getProperty("serasi.haproxy", "/usr/sbin/haproxy"));
    static final String CLIENT_A = "127.0.0.2";
    static final String CLIENT_B = "127.0.0.3";

    ChildNode nodeA;
    ChildNode nodeB;
    Process proxy;
    int proxyPort;
    Path proxyLog = Path.of("target", "portal-proxy.log");

    @BeforeAll
    void start() throws Exception {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is needed at " + HAPROXY + " (apt-get install -y haproxy)");
        }
        PostgresSchema schema = PostgresSchema.fresh(SCHEMA);
        nodeA = ChildNode.start("portal-node-a", arguments(schema, "node-a"));
        nodeA.awaitReady();
        nodeB = ChildNode.start("portal-node-b", arguments(schema, "node-b"));
        nodeB.awaitReady();
        proxyPort = FreePort.any();
        Path config = Path.of("target", "portal-proxy.cfg");
        Files.writeString(config, proxyConfiguration(Files.readString(Path.of("../deploy/haproxy.cfg"))));
        proxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(proxyLog.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(proxy::destroyForcibly));
        Await.until("the proxy sends requests to both nodes (see " + proxyLog + ")", Duration.ofSeconds(60),
                this::bothNodesAnswer);
    }

    boolean bothNodesAnswer() {
        Set<String> nodes = new HashSet<>();
        try {
            for (int i = 0; i < 4; i++) {
                nodes.add(viaProxy("127.0.0.8", "/test-node/portal/open", "-").split(" ")[0]);
            }
        } catch (IOException notYet) {
            return false;
        }
        return nodes.equals(Set.of("node-a", "node-b"));
    }

    boolean proxyLogged(String text) {
        try {
            return Files.readString(proxyLog).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** deploy/haproxy.cfg with the compose network's names replaced by this machine's ports; nothing else. */
    String proxyConfiguration(String deployed) throws IOException {
        String config = deployed.replace("bind :8080", "bind 127.0.0.1:" + proxyPort)
                .replace("serasi-1:8080", "127.0.0.1:" + nodeA.port)
                .replace("serasi-2:8080", "127.0.0.1:" + nodeB.port)
                .replace("keycloak:8080", "127.0.0.1:" + FreePort.any());
        assertThat(config).as("deploy/haproxy.cfg still has the addresses this test replaces")
                .doesNotContain("bind :8080", "serasi-1:8080", "serasi-2:8080", "keycloak:8080");
        return config;
    }

    List<String> arguments(PostgresSchema schema, String name) {
        List<String> arguments = new ArrayList<>(schema.arguments());
        arguments.addAll(List.of(
                "--camunda.bpm.job-execution.enabled=false",
                "--serasi.demo-data=false",
                "--serasi.search.directory=local-heap",
                "--serasi.attachments.dir=target/portal-attachments",
                // as docker-compose.yml: forwarded headers are believed from the proxy's address only
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
                "--serasi.portal.client-key-secret=portal-proxy-test",
                "--serasi.portal.max-failures=10",
                "--serasi.portal.lockout=PT10M",
                "--serasi.portal.max-reports=3",
                "--serasi.test.node-api=true",
                "--serasi.test.node-name=" + name));
        return arguments;
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (proxy != null) {
            proxy.destroy();
            proxy.waitFor();
        }
        for (ChildNode node : new ChildNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void wrongCodesOnBothNodesLockOutOneClientOnlyAndItsForwardedForChangesNothing() throws Exception {
        String filed = viaProxy(CLIENT_B, "/test-node/portal/file", "");
        assertThat(filed).contains(" filed ");
        String codeB = filed.substring(filed.indexOf(" filed ") + 7).strip();

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(viaProxy(CLIENT_A, "/test-node/portal/open", "AAAA-BBBB-CCCC-DDDD-EEEE-FFF" + (char) ('A' + i)));
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).endsWith(" not-found"));
        assertThat(answers).as("the guesses were spread across both nodes")
                .anySatisfy(a -> assertThat(a).startsWith("node-a ")).anySatisfy(a -> assertThat(a).startsWith("node-b "));
        assertThat(viaProxy(CLIENT_A, "/test-node/portal/open", codeB)).as("client A is locked out on a node")
                .endsWith(" wait");
        assertThat(viaProxy(CLIENT_A, "/test-node/portal/open", codeB)).as("and on the other").endsWith(" wait");

        // a forwarded-for header of the client's own is not believed: through the proxy (which appends the real
        // address) or straight to a node (the client's address is not the trusted proxy's)
        for (int i = 0; i < 2; i++) {
            assertThat(viaProxy(CLIENT_A, "/test-node/portal/open", codeB, "X-Forwarded-For: 127.0.0.9"))
                    .endsWith(" wait");
        }
        for (ChildNode node : new ChildNode[] {nodeA, nodeB}) {
            assertThat(post(CLIENT_A, node.port, "/test-node/portal/open", codeB, "X-Forwarded-For: 198.51.100.9"))
                    .endsWith(" wait");
        }

        List<String> clientB = List.of(viaProxy(CLIENT_B, "/test-node/portal/open", codeB),
                viaProxy(CLIENT_B, "/test-node/portal/open", codeB));
        assertThat(clientB).as("client B's right code works on both nodes").containsExactlyInAnyOrder("node-a found",
                "node-b found");

        assertThat(limitKeys()).isNotEmpty().noneMatch(id -> id.contains("127.0.0")).as("keyed hashes, not addresses");
    }

    @Test
    void eachClientFilesThreeReportsAcrossBothNodesThenWaits() throws Exception {
        String client = "127.0.0.4";
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(viaProxy(client, "/test-node/portal/file", ""));
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).contains(" filed "));
        assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("node-a "))
                .anySatisfy(a -> assertThat(a).startsWith("node-b "));
        assertThat(viaProxy(client, "/test-node/portal/file", "")).endsWith(" wait");
        assertThat(viaProxy(client, "/test-node/portal/file", "")).endsWith(" wait");
        assertThat(viaProxy("127.0.0.5", "/test-node/portal/file", "")).contains(" filed ");
    }

    /** The proxy logs portal requests without the client's address, and staff-only paths with it. */
    @Test
    void theProxyLogHasNoPortalClientsAddress() throws Exception {
        viaProxy("127.0.0.6", "/test-node/portal/open", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
        request("127.0.0.7", proxyPort, "GET", "/engine-rest/engine", "");
        Await.until("the proxy logged both requests", Duration.ofSeconds(10),
                () -> proxyLogged("/engine-rest/engine"));
        List<String> portal = Files.readAllLines(proxyLog).stream().filter(l -> l.contains("/test-node/portal/")).toList();
        assertThat(portal).isNotEmpty().noneMatch(l -> l.matches(".*127\\.0\\.0\\.[2-6].*"));
        assertThat(Files.readString(proxyLog)).contains("client=127.0.0.7");
    }

    List<String> limitKeys() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(PostgresSchema.SERVER, PostgresSchema.USER, "");
             ResultSet rows = connection.createStatement().executeQuery("select id from " + SCHEMA + ".portal_limit")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    String viaProxy(String client, String path, String body, String... headers) throws IOException {
        return post(client, proxyPort, path, body, headers);
    }

    static String post(String client, int port, String path, String body, String... headers) throws IOException {
        return request(client, port, "POST", path, body, headers);
    }

    /** One HTTP/1.0 request from the given local address (java.net.http cannot choose it); the answer's body. */
    static String request(String client, int port, String method, String path, String body, String... headers)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(client, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: " + content.length + "\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(end + 4);
        }
    }
}
