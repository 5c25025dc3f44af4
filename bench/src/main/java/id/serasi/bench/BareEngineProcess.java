package id.serasi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * B1's bare engine in a JVM of its own, as each side would run in production: sharing Serasi's JVM, the code both
 * use (the JDBC driver, MyBatis, the engine itself) was compiled for two sides' type profiles and recompiled as
 * they took turns (late deoptimizations, JFR). Driven over its standard input and output: a line to it names a
 * batch of cases, the line back that starts with {@link #ANSWER} reports the cases' times and the JVM's CPU. Its heap
 * is fixed and touched at start, as the bench's own JVM's ({@code bench/run}).
 */
final class BareEngineProcess implements AutoCloseable {

    static final String ANSWER = "@@ ";

    /** One batch as the bare engine's JVM saw it. */
    record Batch(double cpuSeconds, double compilingSeconds, long[] caseNanos) {
    }

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    BareEngineProcess(String schema, String historyLevel) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(java, "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), BareEngine.class.getName(), schema, historyLevel)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        answer();
    }

    /** Cases {@code from} to {@code from + count}, on two threads in the bare engine's JVM. */
    Batch run(int from, int count) throws IOException {
        commands.println("batch " + from + " " + count);
        String[] parts = answer().split(" ");
        long[] nanos = parts.length > 2 ? Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).toArray()
                : new long[0];
        return new Batch(Long.parseLong(parts[0]) / 1e9, Long.parseLong(parts[1]) / 1e3, nanos);
    }

    /** How many of the first {@code cases} cases did not end. */
    long notEnded(int cases) throws IOException {
        commands.println("ended " + cases);
        return Long.parseLong(answer());
    }

    /** The next answer, skipping whatever else the engine printed (its log). */
    private String answer() throws IOException {
        List<String> other = new ArrayList<>();
        for (String line = answers.readLine(); line != null; line = answers.readLine()) {
            if (line.startsWith(ANSWER)) {
                String answer = line.substring(ANSWER.length());
                if (answer.startsWith("failed")) {
                    throw new IllegalStateException("bare engine: " + answer);
                }
                return answer;
            }
            other.add(line);
        }
        throw new IllegalStateException("the bare engine's JVM ended: " + String.join("\n", other));
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
