package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case from registration to closure through the UI in headless Chromium: social worker Ayu registers and works it,
 * supervisor Citra approves the plan and the termination; after-care falls due after two seconds here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
        "serasi.demo-data=false",
        "serasi.atensi.after-care-interval=PT2S",
        "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false"})
class AtensiEndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void socialWorkerAndSupervisorTakeACaseFromRegistrationToClosure() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("ayu.lestari");
            browser.open("/daftar");
            browser.text("nik", "3175105205900001");
            browser.text("kk", "3175101203150007");
            browser.text("fullName", "Siti Rahmawati");
            browser.choose("gender", "Perempuan");
            browser.text("birthDate", "12/05/1990");
            browser.page.keyboard().press("Enter");
            browser.text("address", "Jl. Bambu Apus Raya No. 7, Cipayung");
            browser.text("regionCode", "31.75.10.1003");
            browser.comboBox("channel", "Datang langsung");
            browser.choose("targetGroup", "PPKS lainnya");
            browser.choose("setting", "Berbasis keluarga");
            browser.text("problem", "Terlantar setelah kehilangan pekerjaan; membutuhkan pendampingan.");
            browser.screenshot("registration");
            browser.page.locator("#register").click();
            assertThat(browser.page.locator("#case-stage")).hasText("Pendekatan awal");
            String caseNumber = browser.heading().textContent().split(" · ")[0];
            assertThat(caseNumber).matches("ATN-\\d{4}-\\d{6}");

            browser.claimNextUnitTask("Tentukan kelayakan");
            browser.choose("eligible", "Layak");
            browser.text("note", "Memenuhi kriteria PPKS.");
            browser.complete();

            browser.claimNextUnitTask("Asesmen komprehensif");
            browser.page.locator("#complete").click();
            assertThat(browser.page.locator("#field-problem")).hasAttribute("invalid", "");
            browser.text("problem", "Keterlantaran dan hambatan fungsi sosial.");
            browser.text("family", "Tinggal bersama bibi.");
            browser.text("environment", "Permukiman padat.");
            browser.text("strengths", "Bersemangat belajar.");
            browser.text("needs", "Terapi psikososial dan dukungan keluarga.");
            browser.complete();

            browser.claimNextUnitTask("Susun rencana intervensi");
            browser.fillPlan("Fungsi sosial pulih dalam 3 bulan.", "Skor fungsi sosial naik.");
            browser.complete();
            browser.logout();

            browser.login("citra.wulandari");
            browser.claimNextUnitTask("Setujui rencana intervensi");
            assertThat(browser.page.locator("#plan-1")).containsText("Fungsi sosial pulih dalam 3 bulan.");
            browser.screenshot("plan-approval");
            browser.choose("decision", "Setujui");
            browser.complete();
            browser.logout();

            browser.login("ayu.lestari");
            for (int delivery = 0; delivery < 2; delivery++) {
                browser.claimNextUnitTask("Berikan layanan ATENSI");
                browser.text("activities", "Sesi layanan sesuai rencana.");
                browser.complete();
            }
            browser.claimNextUnitTask("Resosialisasi dan evaluasi");
            browser.choose("goalsMet", "Tercapai");
            browser.text("summary", "Tujuan tercapai; kembali ke keluarga.");
            browser.complete();
            browser.claimNextUnitTask("Terminasi");
            browser.choose("reason", "Program selesai");
            browser.text("notes", "Program selesai sesuai rencana.");
            browser.complete();
            browser.logout();

            browser.login("citra.wulandari");
            browser.claimNextUnitTask("Setujui terminasi");
            browser.choose("decision", "Setujui");
            browser.complete();
            browser.logout();

            browser.login("ayu.lestari");
            browser.claimNextUnitTask("Survei kepuasan");
            for (int element = 1; element <= 9; element++) {
                browser.choose("answer" + element, "4 Sangat baik");
            }
            browser.complete();
            browser.claimNextUnitTask("Kunjungan bimbingan lanjut");
            browser.choose("outcome", "Selesai, tutup kasus");
            browser.text("notes", "Kondisi stabil.");
            browser.complete();

            browser.open("/kasus/" + caseNumber);
            assertThat(browser.page.locator("#case-stage")).hasText("Ditutup");
            assertThat(browser.page.locator("#case-in-stage-since")).hasCount(0);
            assertThat(browser.page.locator("#case-outcome")).hasText("Selesai");
            browser.screenshot("case-closed");
        }
    }
}
