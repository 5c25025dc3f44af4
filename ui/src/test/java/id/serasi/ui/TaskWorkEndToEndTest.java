package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.serasi.atensi.CompletingAtensiTask;
import id.serasi.atensi.InterruptingCase;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.TargetGroup;
import id.serasi.atensi.TaskInput;
import id.serasi.atensi.TerminationReason;
import id.serasi.security.Staff;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.Completion;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Daily work with colleagues acting at the same time, in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:taskwork;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "serasi.attachments.dir=target/attachments", "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false"})
class TaskWorkEndToEndTest {

    @LocalServerPort int port;
    @Autowired RegisteringCase registering;
    @Autowired ClaimingTask claiming;
    @Autowired CompletingAtensiTask completing;
    @Autowired InterruptingCase interrupting;
    @Autowired ListingTasks listing;

    static Staff staff(String username) {
        return UiFixtures.staff(username);
    }

    String register(int n, String name) {
        return UiFixtures.register(registering, n, name, TargetGroup.PPKS_LAIN);
    }

    String openTask(String caseNumber, Staff who) {
        return listing.myUnits(who, new TaskFilter(caseNumber, null, null, null, null, null, null, false), 0, 5)
                .rows().get(0).task().id();
    }

    void perform(String caseNumber, TaskInput input, Staff who) {
        String task = openTask(caseNumber, who);
        claiming.claim(task, who);
        assertThat(completing.complete(task, input, who)).isInstanceOf(Completion.Completed.class);
    }

    Locator rowOf(Browser browser, String caseNumber) {
        return browser.page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(caseNumber));
    }

    @Test
    void aClaimLostToAColleagueIsToldAndTheListRefreshes() {
        String caseNumber = register(501, "Gilang Pratama");
        try (Browser ayu = new Browser("http://localhost:" + port); Browser budi = new Browser("http://localhost:" + port)) {
            ayu.login("ayu.lestari");
            budi.login("budi.santoso");
            ayu.open("/tugas-unit");
            budi.open("/tugas-unit");
            rowOf(ayu, caseNumber).first().waitFor();
            ayu.screenshot("unit-tasks");
            budi.page.locator("vaadin-button[id^='claim-']").first().click();
            budi.page.locator("#complete").waitFor();
            ayu.page.locator("vaadin-button[id^='claim-']").first().click();
            ayu.page.getByText("baru saja diambil oleh Budi Santoso").first().waitFor();
            assertThat(ayu.page.locator("#task-grid")).containsText("Budi Santoso");
            assertThat(ayu.page.locator("vaadin-button[id^='claim-']")).hasCount(0);
        }
    }

    @Test
    void aFormWhoseTaskEndedMeanwhileSaysSoAndKeepsTheInput() {
        String caseNumber = register(502, "Hadi Wibowo");
        try (Browser budi = new Browser("http://localhost:" + port)) {
            budi.login("budi.santoso");
            budi.claimNextUnitTask("Tentukan kelayakan");
            budi.text("note", "Menunggu surat keterangan dari kelurahan.");
            budi.page.locator("#save-draft").click();
            budi.page.getByText("Draf tersimpan").first().waitFor();
            budi.screenshot("task-form");
            interrupting.endEarly(caseNumber, TerminationReason.DECEASED, "Meninggal dunia di rumah sakit.", staff("citra.wulandari"));
            budi.page.locator("#complete").click();
            budi.page.getByText("sudah diselesaikan atau dibatalkan").first().waitFor();
            assertThat(budi.page.locator("#field-note textarea")).hasValue("Menunggu surat keterangan dari kelurahan.");
            assertThat(budi.page.getByText("Isian Anda tetap di layar ini").first()).isVisible();
        }
    }

    @Test
    void aReturnedPlanIsRevisedAndApproved() {
        String caseNumber = register(503, "Irfan Siregar");
        Staff ayuStaff = staff("ayu.lestari");
        perform(caseNumber, new TaskInput.Eligibility(true, "Layak"), ayuStaff);
        perform(caseNumber, new TaskInput.Assessment("Keterlantaran", "Tinggal sendiri", "Padat", "Rajin", "Terapi", null), ayuStaff);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ayu.lestari");
            browser.claimNextUnitTask("Susun rencana intervensi");
            browser.fillPlan("Mandiri.", "Membaik.");
            browser.complete();
            browser.logout();

            browser.login("citra.wulandari");
            browser.claimNextUnitTask("Setujui rencana intervensi");
            browser.choose("decision", "Kembalikan dengan alasan");
            browser.text("reasons", "Tujuan dan indikator belum terukur: tambahkan target dan waktu.");
            browser.complete();
            browser.logout();

            browser.login("ayu.lestari");
            browser.claimNextUnitTask("Susun rencana intervensi");
            assertThat(browser.page.getByText("Tujuan dan indikator belum terukur").first()).isVisible();
            assertThat(browser.page.locator("#field-goals textarea")).hasValue("Mandiri.");
            browser.text("goals", "Mandiri dalam 3 bulan: bekerja di bengkel mitra.");
            browser.text("successIndicators", "Skor fungsi sosial naik 20%; bekerja 3 hari per minggu.");
            browser.choose("conferenceNeeded", "Langsung ke supervisor");
            browser.complete();
            browser.logout();

            browser.login("citra.wulandari");
            browser.claimNextUnitTask("Setujui rencana intervensi");
            assertThat(browser.page.locator("#plan-changes")).containsText("Mandiri dalam 3 bulan");
            browser.screenshot("plan-approval-changes");
            browser.choose("decision", "Setujui");
            browser.complete();
            browser.open("/kasus/" + caseNumber);
            assertThat(browser.page.locator("#case-stage")).hasText("Intervensi");
            assertThat(browser.page.locator("#case-in-stage-since")).containsText("Di tahap ini sejak: ");
            assertThat(browser.page.locator("serasi-bpmn[rendered] .serasi-active[data-element-id='UserTask_DeliverService']"))
                    .hasCount(1);
            assertThat(browser.page.locator("serasi-bpmn .serasi-done[data-element-id='UserTask_Assessment']")).hasCount(1);
            assertThat(browser.page.locator("serasi-map[rendered] .leaflet-interactive")).hasCount(1);
            browser.screenshot("case-file");
        }
    }

    /**
     * The outside probe's stored XSS: a beneficiary named with markup ran script for every colleague hovering the
     * case's map marker. The name stays text, and the page's policy would refuse an inline handler anyway.
     */
    @Test
    void aNameWithMarkupStaysTextOnTheCaseMap() {
        String name = "<img src=x onerror=\"window.serasiXss=1\">Ani";
        String caseNumber = register(509, name);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            var policy = new AtomicReference<String>();
            browser.page.onResponse(response -> {
                if (response.url().contains("/kasus/") && response.headers().containsKey("content-security-policy")) {
                    policy.set(response.headers().get("content-security-policy"));
                }
            });
            browser.login("ayu.lestari");
            browser.page.navigate("http://localhost:" + port + "/kasus/" + caseNumber);
            Locator marker = browser.page.locator("serasi-map[rendered] .leaflet-interactive");
            marker.hover(new Locator.HoverOptions().setForce(true));
            assertThat(browser.page.locator(".leaflet-tooltip")).containsText(name);
            assertThat(browser.page.locator(".leaflet-tooltip img")).hasCount(0);
            assertThat(browser.page.evaluate("() => window.serasiXss === undefined")).isEqualTo(true);
            assertThat(policy.get()).contains("script-src-attr 'none'").contains("'nonce-");
            // what the policy does with an inline handler that reaches the page by any other way
            browser.page.evaluate("() => { const i = document.createElement('img');"
                    + " i.setAttribute('onerror', 'window.serasiXss=2'); i.src = 'x:none'; document.body.append(i); }");
            browser.page.waitForTimeout(500);
            assertThat(browser.page.evaluate("() => window.serasiXss === undefined")).isEqualTo(true);
        }
    }

    /**
     * What every page tells the browser: scripts only with this page's nonce, no inline handlers, no referrer to
     * other sites, no camera or microphone; a Lax, HttpOnly session cookie, Secure with HSTS once the trusted proxy
     * says the browser came over https. A client's own X-Forwarded-Proto from elsewhere is not believed (the test
     * client is the loopback proxy here; ComposeFileTest holds that production trusts the proxy's address only).
     */
    @Test
    void pagesCarryTheirPolicyAndTheSessionCookieFollowsTheProxysScheme() throws Exception {
        var client = HttpClient.newHttpClient();
        var plain = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = plain.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(policy).contains("script-src-attr 'none'").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("'unsafe-inline' 'unsafe-eval'");
        long scripts = Pattern.compile("<script[\\s>]").matcher(plain.body()).results().count();
        long withNonce = Pattern.compile("<script[^>]*\\snonce=\"" + Pattern.quote(nonce)
                + "\"").matcher(plain.body()).results().count();
        assertThat(scripts).isPositive().isEqualTo(withNonce);
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(plain.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        var proxied = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow()).contains("Secure");
    }

    /** The outside probe: the admin's Kalender kerja failed on a direct load or a reload, and worked from the menu. */
    @Test
    void theAdminsViewsOpenByAddressAndOnReload() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("rina.marlina");
            for (String view : new String[] {"/admin/kalender", "/admin/indeks", "/admin/penahanan"}) {
                browser.page.navigate("http://localhost:" + port + view);
                assertThat(browser.page.locator("vaadin-app-layout h2").first()).isVisible();
                browser.page.reload();
                assertThat(browser.page.locator("vaadin-app-layout h2").first()).isVisible();
            }
            assertThat(browser.page.locator("#calendar-grid")).hasCount(0);
            browser.page.navigate("http://localhost:" + port + "/admin/kalender");
            assertThat(browser.page.locator("#calendar-grid")).isVisible();
        }
    }

    @Test
    void aTaskCanBeClaimedAndCompletedWithTheKeyboardAlone() {
        String caseNumber = register(506, "Nyoman Suardana");
        try (Browser browser = new Browser("http://localhost:" + port)) {
            var keyboard = browser.page.keyboard();
            browser.open("/login");
            browser.page.locator("#vaadinLoginUsername input").focus();
            keyboard.type("ayu.lestari");
            keyboard.press("Tab");
            keyboard.type("Serasi#2026");
            keyboard.press("Enter");
            browser.page.locator("#task-grid").waitFor();
            browser.open("/tugas-unit");
            rowOf(browser, caseNumber).first().waitFor();
            browser.page.locator("vaadin-button[id^='claim-']").first().focus();
            keyboard.press("Enter");
            browser.page.locator("#complete").waitFor();
            browser.page.locator("#field-eligible vaadin-radio-button input").first().focus();
            keyboard.press("Space");
            keyboard.press("Tab");
            keyboard.type("Memenuhi kriteria; dikerjakan dengan papan ketik saja.");
            browser.page.locator("#complete").focus();
            keyboard.press("Enter");
            browser.page.getByText("Tugas selesai").first().waitFor();
        }
        assertThat(listing.myUnits(staff("ayu.lestari"), new TaskFilter(caseNumber, null, null, null, null, null, null,
                false), 0, 5).rows()).extracting(r -> r.task().name()).containsExactly("Asesmen komprehensif");
    }

    @Test
    void aSupervisorHandsALeaversWorkToAColleague() {
        Staff ayuStaff = staff("ayu.lestari");
        for (String caseNumber : new String[] {register(504, "Joko Hidayat"), register(505, "Made Suardana")}) {
            claiming.claim(openTask(caseNumber, ayuStaff), ayuStaff);
        }
        long before = listing.mine(ayuStaff, 0, 0).total();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("citra.wulandari");
            browser.open("/supervisi");
            browser.page.locator("#hand-over-ayu\\.lestari").click();
            browser.comboBox("hand-over-to", "Budi Santoso");
            browser.screenshot("supervision");
            browser.page.locator("#hand-over-confirm").click();
            browser.page.getByText(before + " tugas dipindahkan").first().waitFor();
        }
        assertThat(listing.mine(ayuStaff, 0, 0).total()).isZero();
        assertThat(listing.mine(staff("budi.santoso"), 0, 0).total()).isGreaterThanOrEqualTo(before);
    }
}
