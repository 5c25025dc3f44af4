package id.serasi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The machine a run measured: CPU, cores, memory, JVM and PostgreSQL, printed at the top of every report. */
final class Machine {

    private Machine() {
    }

    static void describe(Report report) {
        report.line("");
        report.line("Machine: %s, %d cores, %s RAM; %s %s (%s); %s", cpu(), Runtime.getRuntime().availableProcessors(),
                memory(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                "heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB", postgres());
    }

    private static String cpu() {
        return line(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("unknown CPU");
    }

    private static String memory() {
        return line(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
            long kb = Long.parseLong(l.replaceAll("\\D", ""));
            return String.format("%.0f GiB", kb / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    static java.util.Optional<String> line(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String postgres() {
        try (Connection c = DriverManager.getConnection(SerasiNode.SERVER, SerasiNode.USER, "")) {
            return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "PostgreSQL unreachable: " + e.getMessage();
        }
    }
}
