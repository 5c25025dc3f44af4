package id.serasi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An empty schema on the machine's PostgreSQL (127.0.0.1:5432, database test, trust auth) for one test class. */
public record PostgresSchema(String name) {

    public static final String SERVER = System.getProperty("serasi.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("serasi.test.postgres.user", "postgres");

    public static PostgresSchema fresh(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + name + " cascade");
            statement.execute("create schema " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test: " + e.getMessage(), e);
        }
        return new PostgresSchema(name);
    }

    public String url() {
        return SERVER + "?currentSchema=" + name;
    }

    /** The same settings as {@link #register}, as the command-line arguments of a child JVM's Serasi. */
    public java.util.List<String> arguments() {
        return java.util.List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER,
                "--spring.datasource.password=", "--spring.flyway.schemas=" + name,
                "--camunda.bpm.database.schema-name=" + name, "--camunda.bpm.database.table-prefix=" + name + ".");
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", this::name);
        registry.add("camunda.bpm.database.schema-name", this::name);
        registry.add("camunda.bpm.database.table-prefix", () -> name + ".");
    }
}
