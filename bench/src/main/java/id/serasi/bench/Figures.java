package id.serasi.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Timings of one measured operation: median and 95th percentile in milliseconds, from nanosecond samples. */
final class Figures {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();

    Figures(String name) {
        this.name = name;
    }

    /** Runs the operation {@code warmUp} times unmeasured, then {@code samples} times measured. */
    static Figures time(String name, int warmUp, int samples, Sample operation) {
        Figures figures = new Figures(name);
        for (int i = 0; i < warmUp; i++) {
            operation.run(i);
        }
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.run(warmUp + i);
            figures.add(System.nanoTime() - start);
        }
        return figures;
    }

    interface Sample {
        void run(int index);
    }

    void add(long sampleNanos) {
        nanos.add(sampleNanos);
    }

    String name() {
        return name;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double mean() {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1_000_000.0;
    }

    int count() {
        return nanos.size();
    }

    List<Long> samples() {
        return List.copyOf(nanos);
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    /** A table row: name, samples, median, p95. */
    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |", name, count(), median(), p95());
    }

    static String header() {
        return "| operation | samples | median ms | p95 ms |\n|---|---:|---:|---:|";
    }
}
