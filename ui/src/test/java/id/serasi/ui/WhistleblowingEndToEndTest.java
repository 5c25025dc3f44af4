package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public portal and the investigation team in headless Chromium: an anonymous report, a question from
 * screening answered on the portal, investigation, approval and the outcome shown to the reporter; and receipt
 * codes guessed in a row are refused until the wait is over. Wrong codes lock this client out for forty seconds,
 * long enough for the rest of the thirty guesses on a slow machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-wbs;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "serasi.portal.max-failures=10", "serasi.portal.lockout=PT40S", "serasi.attachments.dir=target/attachments",
        "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhistleblowingEndToEndTest {

    @LocalServerPort
    int port;
    static String receiptCode;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    @Order(1)
    void anonymousReportIsAnsweredInvestigatedAndItsOutcomeShownToTheReporter() throws IOException {
        try (Browser reporter = new Browser(base()); Browser staff = new Browser(base())) {
            var response = reporter.page.navigate(base() + "/lapor");
            assertThat(response.headers().get("cache-control")).contains("no-store");
            reporter.choose("category", "Gratifikasi");
            reporter.text("what", "Petugas loket meminta uang Rp 500.000 agar berkas bantuan diproses lebih cepat.");
            reporter.text("who", "Petugas loket 2");
            reporter.text("where", "Sentra Handayani, Jakarta Timur");
            reporter.text("when", "Senin pagi, 2 November 2026");
            Locator upload = reporter.page.locator("#field-evidence input[type=file]");
            upload.setInputFiles(new FilePayload("foto.jpg", "image/jpeg", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}));
            reporter.page.getByText("Berkas ditolak").first().waitFor();
            assertThat(reporter.notices()).contains("foto.jpg").contains("bukan gambar JPEG/PNG atau PDF");
            // refused on the server after the browser sent it: not left with the tick of an accepted file
            assertThat(reporter.page.locator("vaadin-upload-file[complete]").filter(
                    new Locator.FilterOptions().setHasText("foto.jpg"))).hasCount(0);
            upload.setInputFiles(new FilePayload("kuitansi.png", "image/png", png()));
            reporter.page.locator("vaadin-upload-file[complete]").filter(
                    new Locator.FilterOptions().setHasText("kuitansi.png")).waitFor();
            reporter.screenshot("portal-report");
            reporter.page.locator("#send-report").click();
            receiptCode = reporter.page.locator("#receipt-code").textContent().trim();
            String number = reporter.page.locator("#report-number").textContent().trim();
            assertThat(receiptCode).matches("([A-Z2-9]{4}-){5}[A-Z2-9]{4}");
            reporter.screenshot("portal-receipt");

            staff.login("maria.simanjuntak");
            staff.open("/laporan-wbs");
            staff.page.locator("#report-grid").getByText(number).click();
            staff.choose("result", "Belum lengkap");
            staff.text("question", "Apakah Anda ingat ciri-ciri petugas tersebut?");
            staff.complete();
            assertThat(staff.page.locator("#report-status")).hasText("Menunggu jawaban pelapor");

            follow(reporter, receiptCode);
            assertThat(reporter.page.locator("#report-status")).hasText("Menunggu jawaban Anda");
            assertThat(reporter.page.locator("#report-messages")).containsText("ciri-ciri petugas");
            reporter.text("answer", "Laki-laki, berkacamata, bertugas di loket 2 pada pagi hari.");
            reporter.screenshot("portal-follow");
            reporter.page.locator("#send-reply").click();
            reporter.page.getByText("Terkirim").first().waitFor();
            assertThat(reporter.page.locator("#report-status")).hasText("Diterima, sedang ditelaah");

            staff.open("/laporan-wbs/" + number);
            assertThat(staff.page.locator("body")).containsText("berkacamata");
            staff.choose("result", "Lengkap");
            staff.choose("severity", "Sedang");
            staff.complete();
            staff.choose("investigator", "Nur Hidayah");
            staff.screenshot("report-assignment");
            staff.complete();
            staff.logout();

            staff.login("nur.hidayah");
            staff.open("/laporan-wbs/" + number);
            staff.choose("conflictFree", "Saya tidak memiliki benturan kepentingan");
            staff.complete();
            staff.text("findings", "Dua saksi membenarkan permintaan uang; kuitansi tanpa kop ditemukan.");
            staff.complete();
            staff.choose("conclusion", "Terbukti");
            staff.text("reasons", "Keterangan dua saksi dan bukti kuitansi.");
            staff.text("recommendation", "Sanksi disiplin dan pengembalian uang kepada pelapor.");
            staff.complete();
            staff.logout();

            staff.login("maria.simanjuntak");
            staff.open("/laporan-wbs/" + number);
            staff.choose("approved", "Setujui");
            staff.complete();
            staff.logout();

            staff.login("nur.hidayah");
            staff.open("/laporan-wbs/" + number);
            staff.text("followUp", "Sanksi disiplin dijatuhkan; uang dikembalikan.");
            staff.text("outcomeForReporter", "Laporan Anda terbukti. Petugas telah dijatuhi sanksi disiplin.");
            staff.complete();
            assertThat(staff.page.locator("#report-status")).hasText("Ditutup");

            follow(reporter, receiptCode);
            assertThat(reporter.page.locator("#report-status")).hasText("Selesai");
            assertThat(reporter.page.locator("#report-outcome")).containsText("Petugas telah dijatuhi sanksi");
            assertThat(reporter.page.locator("body")).not().containsText("Nur Hidayah");
        }
    }

    @Test
    @Order(2)
    void guessedCodesAreRefusedUntilTheWaitIsOverThenTheRightCodeWorks() {
        try (Browser guesser = new Browser(base())) {
            guesser.open("/lapor/pantau");
            int refused = 0;
            for (int attempt = 1; attempt <= 30; attempt++) {
                guesser.page.locator("#field-receiptCode input").fill(String.format("AAAA-BBBB-CCCC-DDDD-EEEE-%04d",
                        attempt).replace('0', 'Q').replace('1', 'R'));
                guesser.page.waitForResponse(r -> r.url().contains("v-r=uidl"),
                        () -> guesser.page.locator("#open-report").click());
                if (guesser.page.locator("#wait-notice").count() > 0) {
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(20);
            guesser.page.locator("#field-receiptCode input").fill(receiptCode);
            guesser.page.locator("#open-report").click();
            assertThat(guesser.page.locator("#wait-notice")).containsText("Coba lagi dalam");
            assertThat(guesser.page.locator("#report-status")).hasCount(0);

            long giveUp = System.currentTimeMillis() + 60_000;
            while (guesser.page.locator("#report-status").count() == 0 && System.currentTimeMillis() < giveUp) {
                guesser.page.waitForTimeout(2_000);
                guesser.page.locator("#field-receiptCode input").fill(receiptCode);
                guesser.page.waitForResponse(r -> r.url().contains("v-r=uidl"),
                        () -> guesser.page.locator("#open-report").click());
            }
            assertThat(guesser.page.locator("#report-status")).hasText("Selesai");
        }
    }

    private static void follow(Browser reporter, String code) {
        reporter.open("/lapor/pantau");
        reporter.page.locator("#field-receiptCode input").fill(code);
        reporter.page.locator("#open-report").click();
        reporter.page.locator("#report-status").waitFor();
    }

    /**
     * A photo of a receipt as a phone takes it: over a megabyte (noise does not compress), so the upload goes past
     * the 1 MB that used to drop it silently while it showed as accepted.
     */
    private static byte[] png() throws IOException {
        BufferedImage photo = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(7);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", out);
        assertThat(out.size()).isGreaterThan(1024 * 1024);
        return out.toByteArray();
    }
}
