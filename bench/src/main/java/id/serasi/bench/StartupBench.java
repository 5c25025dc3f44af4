package id.serasi.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.serasi.FreePort;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * B5: the README's run command ({@code ./mvnw -pl ui -am spring-boot:run}) from the repository root, on a fresh
 * database and index (in a temporary directory, so a developer's {@code ./data} is left alone) and a free port:
 * the time until a browser shows the login form, then the resident memory of Serasi's JVM after a demo
 * walk-through in Debian's chromium (sign in, task lists, a case, a search, a second user).
 */
final class StartupBench {

    private static final Path CHROMIUM = Path.of(System.getProperty("serasi.chromium", "/usr/bin/chromium"));
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
        Path data = Files.createTempDirectory("serasi-b5-");
        int port = FreePort.any();
        ProcessBuilder command = new ProcessBuilder("./mvnw", "-q", "-pl", "ui", "-am", "spring-boot:run")
                .directory(new File("..")).redirectErrorStream(true)
                .redirectOutput(Path.of("target/b5-run.log").toFile());
        command.environment().put("SERVER_PORT", String.valueOf(port));
        command.environment().put("SERASI_DB_URL", "jdbc:h2:file:" + data.resolve("serasi") + ";DB_CLOSE_ON_EXIT=FALSE");
        command.environment().put("SERASI_SEARCH_INDEX_DIR", data.resolve("index").toString());
        long start = System.nanoTime();
        Process maven = command.start();
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                             "--no-first-run", "--disable-background-networking", "--disable-component-update")))) {
            Page page = browser.newPage();
            String base = "http://localhost:" + port;
            double loginSeconds = untilLoginForm(page, base, start, maven);
            report.line("Run command → login form in a browser: %.1f s (target ≤ 20 s: %s)", loginSeconds,
                    loginSeconds <= 20 ? "met" : "missed");
            long serverPid = serasiPid(maven).orElseThrow(() -> new IllegalStateException("no Serasi JVM under Maven"));
            walkThrough(page, base, "ayu.lestari");
            walkThrough(browser.newPage(), base, "citra.wulandari");
            long rss = residentKb(serverPid);
            report.line("Serasi JVM (pid %d) resident after the walk-through: %,d MB (target ≤ 800 MB: %s);"
                    + " Maven, which started it, holds %,d MB more.", serverPid, rss / 1024,
                    rss / 1024 <= 800 ? "met" : "missed", residentKb(maven.pid()) / 1024);
        } finally {
            maven.descendants().forEach(ProcessHandle::destroy);
            maven.destroy();
            maven.waitFor();
            Bench.deleteTree(data);
        }
    }

    private static double untilLoginForm(Page page, String base, long start, Process maven) throws InterruptedException {
        while (maven.isAlive()) {
            try {
                page.navigate(base + "/login");
                page.locator("#vaadinLoginUsername input").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setTimeout(10_000));
                return (System.nanoTime() - start) / 1e9;
            } catch (RuntimeException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the run command ended before the login page answered: see bench/target/b5-run.log");
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

    /** The JVM Maven forked to run Serasi. */
    private static Optional<Long> serasiPid(Process maven) {
        return maven.descendants().map(ProcessHandle::pid).filter(pid -> commandLine(pid).contains("SerasiApplication"))
                .findFirst();
    }

    /** The whole command line (ProcessHandle.Info cuts long ones short). */
    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/cmdline"), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException gone) {
            return "";
        }
    }

    private static long residentKb(long pid) {
        return Machine.line(Path.of("/proc/" + pid + "/status"), "VmRSS")
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
    }

}
