package id.serasi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/** CPU time as the benchmarks count it: this JVM's JIT compilers, and processes or threads of others from /proc. */
final class CpuTime {

    /** The share of a warm-up step's time the JIT compilers may take for the code to count as compiled. */
    static final double COMPILING_SETTLED = 0.05;

    private CpuTime() {
    }

    /** Seconds this JVM's JIT compilers have spent compiling. */
    static double compilingHere() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
    }

    /** CPU seconds (user + system) of another JVM's JIT compiler threads ({@code C1/C2 CompilerThread…}). */
    static double compilingIn(long pid) {
        return threads(Path.of("/proc/" + pid + "/task"),
                name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }

    /** CPU seconds (user + system) of this machine's processes whose name passes {@code named}. */
    static double processes(Predicate<String> named) {
        return threads(Path.of("/proc"), named);
    }

    /** Adds up the CPU time of the entries below {@code dir} (processes, or one process's threads) by their name. */
    private static double threads(Path dir, Predicate<String> named) {
        long ticks = 0;
        try (var entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    int end = stat.lastIndexOf(')');
                    if (named.test(stat.substring(stat.indexOf('(') + 1, end))) {
                        String[] fields = stat.substring(end + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException gone) {
                    // ended while being read
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / 100.0;
    }
}
