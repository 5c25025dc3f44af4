package id.serasi.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.serasi.FreePort;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * B5: the README's run command ({@code ./serasi}) from the repository root, on a fresh database and index (in a
 * temporary directory, so a developer's {@code ./data} is left alone) and a free port: the time until a browser shows
 * the login form, then the resident memory of Serasi's JVM after a demo walk-through in Debian's chromium (sign in,
 * task lists, a case, a search, a second user). Twice: first right after a change of the sources (the command builds
 * the production jar and records its class-data archive before it starts), then as every later run starts.
 */
final class StartupBench {

    private static final Path CHROMIUM = Path.of(System.getProperty("serasi.chromium", "/usr/bin/chromium"));
    /** The script's mark of a finished build: without it, the next run builds again. */
    private static final Path BUILT = Path.of("../ui/target/run/built");
    private final Report report;

    StartupBench(Report report) {
        this.report = report;
    }

    void run() throws IOException, InterruptedException {
        report.heading("B5 — embedded default: run command to login page, memory after a walk-through");
        if (!Files.isExecutable(CHROMIUM)) {
            report.line("Skipped: Chromium is needed at %s (apt-get install -y chromium).", CHROMIUM);
            return;
        }
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                             "--no-first-run", "--disable-background-networking", "--disable-component-update")))) {
            Files.deleteIfExists(BUILT);
            start(browser, "first run after a change (builds the jar, records the class archive, starts)", "b5-first",
                    false);
            start(browser, "every later run", "b5-run", true);
        }
    }

    private void start(Browser browser, String which, String log, boolean walk)
            throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("serasi-b5-");
        int port = FreePort.any();
        ProcessBuilder command = new ProcessBuilder("./serasi").directory(new File("..")).redirectErrorStream(true)
                .redirectOutput(Path.of("target", log + ".log").toFile());
        command.environment().put("SERVER_PORT", String.valueOf(port));
        command.environment().put("SERASI_DB_URL", "jdbc:h2:file:" + data.resolve("serasi") + ";DB_CLOSE_ON_EXIT=FALSE");
        command.environment().put("SERASI_SEARCH_INDEX_DIR", data.resolve("index").toString());
        long start = System.nanoTime();
        Process serasi = command.start();
        try {
            Page page = browser.newPage();
            String base = "http://localhost:" + port;
            double loginSeconds = untilLoginForm(page, base, port, start, serasi, log);
            report.line("Run command → login form in a browser, %s: %.1f s%s", which, loginSeconds,
                    walk ? " (target ≤ 20 s: " + (loginSeconds <= 20 ? "met" : "missed") + ")" : "");
            if (walk) {
                walkThrough(page, base, "ayu.lestari");
                walkThrough(browser.newPage(), base, "citra.wulandari");
                long rss = residentKb(serasi.pid());
                report.line("Serasi JVM resident after the walk-through: %,d MB (target ≤ 800 MB: %s)", rss / 1024,
                        rss / 1024 <= 800 ? "met" : "missed");
            }
            page.close();
        } finally {
            serasi.descendants().forEach(ProcessHandle::destroy);
            serasi.destroy();
            serasi.waitFor();
            Bench.deleteTree(data);
        }
    }

    private static double untilLoginForm(Page page, String base, int port, long start, Process serasi, String log)
            throws InterruptedException {
        while (serasi.isAlive()) {
            // the browser asks once the port is open: its error pages while Serasi starts would take CPU from it
            if (!listening(port)) {
                Thread.sleep(100);
                continue;
            }
            try {
                page.navigate(base + "/login");
                page.locator("#vaadinLoginUsername input").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setTimeout(10_000));
                return (System.nanoTime() - start) / 1e9;
            } catch (RuntimeException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the run command ended before the login page answered: see bench/target/"
                + log + ".log");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1_000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A worker's or supervisor's first minutes: sign in, both task lists, a case file, a search. */
    private static void walkThrough(Page page, String base, String user) {
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.locator("#vaadinLoginUsername input").fill(user);
        page.locator("#vaadinLoginPassword input").fill("Serasi#2026");
        page.locator("vaadin-button[slot='submit']").click();
        page.locator("#task-grid").waitFor();
        page.navigate(base + "/tugas-unit");
        page.locator("#task-grid vaadin-grid-cell-content").first().waitFor();
        page.navigate(base + "/kasus");
        page.locator("vaadin-grid-cell-content").first().waitFor();
        page.navigate(base + "/cari");
        page.locator("#search-box input").fill("siti");
        page.locator("#search-box input").press("Enter");
        page.locator("#search-grid").waitFor();
        page.waitForTimeout(1000);
    }

    private static long residentKb(long pid) {
        return Machine.line(Path.of("/proc/" + pid + "/status"), "VmRSS")
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
    }

}
