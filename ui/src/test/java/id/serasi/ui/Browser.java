package id.serasi.ui;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's chromium driven by Playwright (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1), with small steps
 * in the words of the Serasi screens.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("serasi.chromium", "/usr/bin/chromium"));
    /** Where screenshots go; {@code -Dserasi.screens.dir=../docs/screens} refreshes the ones in the docs. */
    static final Path SCREENS = Path.of(System.getProperty("serasi.screens.dir", "target/screens"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;
    final Page page;

    Browser(String base) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is needed at " + CHROMIUM + " (apt-get install -y chromium)");
        }
        this.base = base;
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        page = browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("id-ID")).newPage();
        page.setDefaultTimeout(30_000);
    }

    void open(String path) {
        page.navigate(base + path);
    }

    void login(String username) {
        open("/login");
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("Serasi#2026");
        page.locator("vaadin-button[slot='submit']").click();
        page.locator("#task-grid").waitFor();
    }

    void logout() {
        page.locator("#logout").click();
        page.locator("#vaadinLoginUsername").waitFor();
    }

    /** Claims the first unclaimed task of my units and lands on its form. */
    void claimNextUnitTask(String taskName) {
        for (int attempt = 0; attempt < 30; attempt++) {
            open("/tugas-unit");
            page.locator("#task-grid").waitFor();
            Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(taskName));
            page.waitForTimeout(300);
            if (row.count() > 0 && page.locator("vaadin-button[id^='claim-']").count() > 0) {
                page.locator("vaadin-button[id^='claim-']").first().click();
                try {
                    page.locator("#complete").waitFor();
                } catch (RuntimeException e) {
                    screenshot(Path.of("target/failure-" + System.currentTimeMillis() + ".png"));
                    throw e;
                }
                return;
            }
            page.waitForTimeout(1000);
        }
        throw new AssertionError("no unclaimed task '" + taskName + "' appeared in my units' tasks");
    }

    void text(String field, String value) {
        page.locator("#field-" + field + " textarea, #field-" + field + " input").first().fill(value);
    }

    void choose(String field, String label) {
        page.locator("#field-" + field + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label))
                .first().locator("input").check();
    }

    void tick(String field, String label) {
        page.locator("#field-" + field + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(label))
                .first().locator("input").check();
    }

    void comboBox(String field, String label) {
        Locator input = page.locator("#field-" + field + " input, #" + field + " input").first();
        input.fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    /** Fills the intervention-plan form with therapy and family support, family-based, no case conference. */
    void fillPlan(String goals, String successIndicators) {
        text("goals", goals);
        tick("serviceForms", "Terapi fisik");
        tick("serviceForms", "Dukungan keluarga");
        choose("setting", "Berbasis keluarga");
        text("team", "Pekerja sosial, psikolog");
        text("schedule", "Mingguan selama 12 minggu");
        text("successIndicators", successIndicators);
        choose("conferenceNeeded", "Langsung ke supervisor");
    }

    /** Saves the task form and waits for the confirmation. */
    void complete() {
        page.locator("#complete").click();
        try {
            page.getByText("Tugas selesai").first().waitFor();
        } catch (RuntimeException e) {
            screenshot(Path.of("target/failure-" + System.currentTimeMillis() + ".png"));
            throw new AssertionError("task not completed; on screen: " + notices(), e);
        }
    }

    void screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** A screenshot for the docs, named after the view it shows. */
    void screenshot(String name) {
        screenshot(SCREENS.resolve(name + ".png"));
    }

    /** The text of the notifications on screen now. */
    String notices() {
        return String.join(" | ", page.locator("vaadin-notification-card").allInnerTexts());
    }

    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
