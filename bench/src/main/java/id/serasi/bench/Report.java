package id.serasi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a run prints: to the console and, as Markdown, to {@code bench/target/bench-results.md}. */
final class Report {

    private final Path file;
    /** When each part of the run began (at its heading), for {@link #timings()}. */
    private final List<String> parts = new ArrayList<>();
    private final List<Long> partStarts = new ArrayList<>();

    Report(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String text) {
        System.out.println(text);
        try {
            Files.writeString(file, text + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String format, Object... values) {
        line(String.format(Locale.ROOT, format, values));
    }

    void heading(String title) {
        parts.add(title.split(" — ", 2)[0]);
        partStarts.add(System.nanoTime());
        line("");
        line("## " + title);
        line("");
    }

    /** How long each part took, so that the small scale's time limit can be watched. */
    void timings() {
        StringBuilder text = new StringBuilder("Time per part:");
        long end = System.nanoTime();
        for (int i = 0; i < parts.size(); i++) {
            long partEnd = i + 1 < parts.size() ? partStarts.get(i + 1) : end;
            text.append(String.format(Locale.ROOT, "%s %s %.0f s", i == 0 ? "" : ",", parts.get(i),
                    (partEnd - partStarts.get(i)) / 1e9));
        }
        line(text.toString());
    }

    void table(List<Figures> figures) {
        line(Figures.header());
        figures.forEach(f -> line(f.row()));
        line("");
    }

    /** "x is N× faster than y" by p95 and by median. */
    void ratio(Figures fast, Figures slow) {
        line("%s vs %s: %.1f× by median, %.1f× by p95", fast.name(), slow.name(), slow.median() / fast.median(),
                slow.p95() / fast.p95());
    }
}
