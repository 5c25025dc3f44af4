package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} cannot be run here (no Docker engine), so it is checked against what the native tests
 * prove: the PostgreSQL major version of the server the tests use, the Keycloak version the tests download, an
 * Elasticsearch the search backend supports, the realm file mounted and imported, one host name for the issuer, and
 * only environment variables that Serasi reads (and all that production requires).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeFileTest {

    static final Path ROOT = Path.of("..");
    Map<String, Object> services;
    String configuration;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        configuration = Files.readString(Path.of("src/main/resources/application.yml"))
                + Files.readString(Path.of("src/main/resources/application-prod.yml"))
                + Files.readString(Path.of("src/main/resources/application-keycloak.yml"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }

    static String tag(Map<String, Object> service) {
        String image = (String) service.get("image");
        return image.substring(image.lastIndexOf(':') + 1);
    }

    @Test
    void postgresIsTheMajorVersionTheTestsRunOn() throws SQLException {
        String server = System.getProperty("serasi.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("serasi.test.postgres.user", "postgres");
        try (Connection connection = DriverManager.getConnection(server, user, "");
             ResultSet version = connection.createStatement().executeQuery("show server_version_num")) {
            version.next();
            int major = Integer.parseInt(version.getString(1)) / 10_000;
            assertThat(tag(service("postgres"))).isEqualTo(String.valueOf(major));
        }
    }

    @Test
    void keycloakIsTheVersionTheTestsDownloadAndImportsTheProjectsRealm() throws IOException {
        Matcher pinned = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(pinned.find()).isTrue();
        Map<String, Object> keycloak = service("keycloak");
        assertThat(tag(keycloak)).isEqualTo(pinned.group(1));
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        assertThat(String.valueOf(keycloak.get("volumes"))).contains("./keycloak-realm:/opt/keycloak/data/import");
        assertThat(ROOT.resolve("keycloak-realm/serasi-realm.json")).exists();
    }

    @Test
    void oneHostNameServesBrowsersAndNodesAndTheRealmAcceptsIt() throws IOException {
        String hostname = (String) environment("keycloak").get("KC_HOSTNAME");
        String issuer = (String) environment("serasi-1").get("SERASI_KEYCLOAK_ISSUER_URI");
        assertThat(issuer).isEqualTo(hostname + "/realms/serasi");
        String host = hostname.replaceAll("^https?://([^:/]+).*$", "$1");
        assertThat(String.valueOf(service("serasi-1").get("extra_hosts"))).contains(host + ":host-gateway");
        assertThat(String.valueOf(service("proxy").get("ports"))).contains("8080:8080");
        String realm = Files.readString(ROOT.resolve("keycloak-realm/serasi-realm.json"));
        assertThat(realm).contains("\"realm\": \"serasi\"").contains("http://" + host + ":8080/*");
    }

    /**
     * A node that is not ready (an essential start-up step failed) must not keep the site down: the proxy starts once
     * the nodes have started and routes by their readiness itself, and its own health says whether any node serves.
     */
    @Test
    void theProxyDoesNotWaitForBothNodesToBeReady() throws IOException {
        String dependsOn = String.valueOf(service("proxy").get("depends_on"));
        assertThat(dependsOn).contains("serasi-1={condition=service_started}")
                .contains("serasi-2={condition=service_started}");
        assertThat(Files.readString(ROOT.resolve("deploy/haproxy.cfg")))
                .contains("option httpchk GET /actuator/health/readiness").contains("monitor fail if");
    }

    @Test
    void searchIsAnElasticsearchTheBackendSupports() {
        int major = Integer.parseInt(tag(service("elasticsearch")).split("\\.")[0]);
        assertThat(major).as("Hibernate Search 7.2 speaks to Elasticsearch 7.10 to 9").isBetween(7, 9);
        assertThat(environment("serasi-1")).containsEntry("SERASI_SEARCH_BACKEND", "elasticsearch")
                .containsEntry("SERASI_SEARCH_URIS", "http://elasticsearch:9200");
        assertThat(environment("elasticsearch")).containsEntry("xpack.security.enabled", "true");
    }

    @Test
    void bothNodesAreTheSameServiceBehindAStickyProxy() throws IOException {
        assertThat(environment("serasi-2")).isEqualTo(environment("serasi-1"));
        String proxy = Files.readString(ROOT.resolve("deploy/haproxy.cfg"));
        assertThat(proxy).contains("server serasi-1 serasi-1:8080").contains("server serasi-2 serasi-2:8080")
                .contains("cookie SERASI_NODE insert");
        assertThat(String.valueOf(service("serasi-1").get("volumes"))).contains("attachments:");
    }

    /** The nodes believe X-Forwarded-* from the proxy's fixed address, and from nowhere else. */
    @Test
    void theNodesTrustForwardedHeadersFromTheProxyOnly() {
        String proxyAddress = String.valueOf(service("proxy").get("networks")).replaceAll(".*ipv4_address=([0-9.]+).*",
                "$1");
        assertThat(proxyAddress).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        String trusted = String.valueOf(environment("serasi-1").get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));
        assertThat(proxyAddress).matches(trusted);
        assertThat("172.30.0.11").doesNotMatch(trusted);
    }

    /** Every variable the nodes are given is one Serasi reads, and every one production requires is given. */
    @Test
    void theNodesVariablesAreSerasisOwn() {
        Set<String> read = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)").matcher(configuration);
        while (placeholder.find()) {
            read.add(placeholder.group(1));
        }
        Set<String> given = new TreeSet<>(environment("serasi-1").keySet());
        // read through relaxed binding rather than a placeholder
        Set<String> relaxed = Set.of("SPRING_PROFILES_ACTIVE", "SERASI_ATTACHMENTS_DIR",
                "SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES");
        given.stream().filter(v -> !relaxed.contains(v))
                .forEach(v -> assertThat(read).as("a variable application*.yml reads").contains(v));
        Matcher required = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)}").matcher(configuration);
        List<String> requiredNames = required.results().map(r -> r.group(1)).toList();
        assertThat(given).containsAll(requiredNames);
    }

    /**
     * Issue 25: the proxy had no health check. Checks that open /dev/tcp need bash: /bin/sh is dash in the Debian
     * (haproxy) and Ubuntu (eclipse-temurin) images; Keycloak's (UBI) /bin/sh is bash.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyServiceHasAHealthCheckItsImageCanRun() throws IOException {
        Matcher monitor = Pattern.compile("monitor-uri (\\S+)").matcher(Files.readString(ROOT.resolve("deploy/haproxy.cfg")));
        assertThat(monitor.find()).as("deploy/haproxy.cfg answers a monitor-uri").isTrue();
        for (String name : services.keySet()) {
            Map<String, Object> healthcheck = (Map<String, Object>) service(name).get("healthcheck");
            assertThat(healthcheck).as(name).isNotNull();
            List<String> test = (List<String>) healthcheck.get("test");
            if (String.join(" ", test).contains("/dev/tcp") && !"keycloak".equals(name)) {
                assertThat(test.subList(0, 2)).as(name).containsExactly("CMD", "bash");
            }
        }
        Map<String, Object> proxy = (Map<String, Object>) service("proxy").get("healthcheck");
        assertThat(String.join(" ", (List<String>) proxy.get("test"))).contains("GET " + monitor.group(1) + " ");
    }
}
