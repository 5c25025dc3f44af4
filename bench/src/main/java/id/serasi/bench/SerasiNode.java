package id.serasi.bench;

import id.serasi.PostgresSchema;
import id.serasi.SerasiApplication;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Serasi itself, started in the benchmark's JVM on a PostgreSQL schema of the machine's server (127.0.0.1:5432,
 * database test) with either search backend: the same application the README's command and the production
 * profile run, without demo data and with the job executor off so that nothing runs beside the measurement.
 */
final class SerasiNode implements AutoCloseable {

    /** The machine's PostgreSQL, as the tests use it ({@code -Dserasi.test.postgres=…} points elsewhere). */
    static final String SERVER = PostgresSchema.SERVER;
    static final String USER = PostgresSchema.USER;

    private final ConfigurableApplicationContext context;
    final String schema;

    private SerasiNode(String schema, List<String> settings) {
        this.schema = schema;
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + SERVER + "?currentSchema=" + schema,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.flyway.schemas=" + schema,
                "--camunda.bpm.database.schema-name=" + schema, "--camunda.bpm.database.table-prefix=" + schema + ".",
                "--camunda.bpm.job-execution.enabled=false", "--serasi.demo-data=false",
                "--serasi.realm-file=" + Path.of("../keycloak-realm/serasi-realm.json").toAbsolutePath().normalize(), "--server.port=0",
                "--serasi.search.rebuild-empty-index=false", "--logging.level.root=WARN",
                "--logging.level.id.serasi=WARN", "--spring.main.banner-mode=off"));
        args.addAll(settings);
        // experiments: -Dserasi.bench.args="--a=b --c=d" adds settings to every node
        args.addAll(List.of(System.getProperty("serasi.bench.args", "").split(" ")).stream()
                .filter(a -> !a.isBlank()).toList());
        context = new SpringApplicationBuilder(SerasiApplication.class, BenchSettings.class)
                .web(WebApplicationType.SERVLET).run(args.toArray(String[]::new));
    }

    /** A node on a schema emptied first. */
    static SerasiNode fresh(String schema, List<String> settings) {
        emptySchema(schema);
        return new SerasiNode(schema, settings);
    }

    /** A node on a schema as an earlier node left it. */
    static SerasiNode existing(String schema, List<String> settings) {
        return new SerasiNode(schema, settings);
    }

    /**
     * Lucene in a directory on disk, as the embedded default runs it. Said explicitly: the app's test jar on the
     * benchmark's class path carries the tests' {@code config/application.properties}, which keeps indexes in memory.
     */
    static List<String> lucene(Path indexDir) {
        return List.of("--serasi.search.backend=lucene", "--serasi.search.directory=local-filesystem",
                "--serasi.search.index-dir=" + indexDir.toAbsolutePath());
    }

    static List<String> openSearch(String uri, String version, String indexName) {
        return List.of("--serasi.search.backend=elasticsearch", "--serasi.search.uris=" + uri,
                "--serasi.search.version=" + version, "--serasi.search.index-name=" + indexName);
    }

    static void emptySchema(String schema) {
        PostgresSchema.fresh(schema);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static Staff worker(String unit) {
        return new Staff("pekerja." + unit, "Pekerja Sosial " + unit, Set.of(Role.SOCIAL_WORKER), Set.of(unit));
    }

    static Staff supervisor(String unit) {
        return new Staff("supervisor." + unit, "Supervisor " + unit, Set.of(Role.SUPERVISOR), Set.of(unit));
    }

    @Override
    public void close() {
        context.close();
    }
}
