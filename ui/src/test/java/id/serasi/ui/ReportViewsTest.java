package id.serasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import id.serasi.document.DocumentType;
import id.serasi.document.TestImages;
import id.serasi.document.UploadLimit;
import id.serasi.ui.portal.EvidenceUpload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.TargetGroup;
import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.Gender;
import id.serasi.ui.admin.LegalHoldView;
import id.serasi.ui.portal.FollowReportView;
import id.serasi.ui.portal.ReportFormView;
import id.serasi.ui.whistleblowing.ProtectiveCaseView;
import id.serasi.ui.whistleblowing.ReportView;
import id.serasi.ui.whistleblowing.ReportsView;
import id.serasi.ui.whistleblowing.StaffReportFormView;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.ReadingReport;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportChannel;
import id.serasi.whistleblowing.ReportDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whistleblowing views, browserless: the portal without an account, and reports only for their team. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:views;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
@ExtendWith(OutputCaptureExtension.class)
class ReportViewsTest extends KaribuViews {

    @Autowired FilingReport filing;
    @Autowired AuditTrail audit;
    @Autowired CaseRepository cases;
    @Autowired UploadLimit uploadLimit;
    @Autowired JdbcTemplate jdbc;

    static final java.util.concurrent.atomic.AtomicInteger clients = new java.util.concurrent.atomic.AtomicInteger();

    Filing.Filed file(boolean anonymous) {
        return (Filing.Filed) filing.file(new ReportDetails(ReportCategory.PENYALAHGUNAAN_WEWENANG,
                "Kepala seksi memakai mobil dinas untuk keperluan keluarga setiap akhir pekan.", null, null, null, null,
                null, anonymous, anonymous ? null : "Rudi Pelapor", anonymous ? null : "rudi@example.id"), List.of(),
                "192.0.2." + clients.incrementAndGet());
    }

    @Test
    void theReportFormSaysWhatToFixWithoutAnAccount() {
        UI.getCurrent().navigate(ReportFormView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-what")), "pendek");
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        TextArea what = _get(TextArea.class, spec -> spec.withId("field-what"));
        assertThat(what.isInvalid()).isTrue();
        assertThat(what.getErrorMessage()).isEqualTo("Ceritakan lebih lengkap: paling sedikit 20 karakter.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("field-category")).isInvalid()).isTrue();
    }

    @Test
    void aThreeMegabytePhotoIsAcceptedByThePortalUpload() {
        UI.getCurrent().navigate(ReportFormView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("field-evidence"));
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);

        UploadKt._upload(upload, "foto-kejadian.png", "image/png", TestImages.pngOfAbout(3 * 1024 * 1024));

        NotificationsKt.expectNoNotifications();
        assertThat(_get(EvidenceUpload.class).files()).extracting(f -> f.type()).containsExactly(DocumentType.PNG);
    }

    @Test
    void aRefusedFileSaysWhyAndIsMarkedFailedNotTicked() {
        UI.getCurrent().navigate(ReportFormView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("field-evidence"));
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        UploadKt._upload(upload, "foto.jpg", "image/jpeg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        String wrongType = "Berkas ditolak: isinya bukan gambar JPEG/PNG atau PDF, apa pun nama berkasnya. Program dan"
                + " berkas lain tidak diterima.";
        NotificationsKt.expectNotifications("foto.jpg: " + wrongType);
        assertThat(_get(EvidenceUpload.class).files()).isEmpty();
        // Karibu's round trip above discards the browser calls; the marking itself, called as the view called it:
        Uploads.refuse(upload, "foto.jpg", "upload.wrongType", uploadLimit);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(js -> {
            assertThat(js.getInvocation().getExpression()).contains("complete: false", "error: $1");
            assertThat(js.getInvocation().getParameters()).contains("foto.jpg", wrongType);
        });
    }

    @Test
    void aFileTheBrowserRefusesIsToldItsOwnReasonNotAlwaysTooLarge() {
        UI.getCurrent().navigate(ReportFormView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("field-evidence"));
        String wrongType = upload.getI18n().getError().getIncorrectFileType();
        assertThat(wrongType).startsWith("Berkas ditolak: isinya bukan");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).contains("10 MB");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, wrongType, "program.exe"));

        NotificationsKt.expectNotifications("program.exe: " + wrongType);
    }

    @Test
    void aFiledReportShowsItsReceiptCodeOnce() {
        UI.getCurrent().navigate(ReportFormView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportCategory> category = _get(RadioButtonGroup.class, spec -> spec.withId("field-category"));
        category.setValue(ReportCategory.KKN);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-what")),
                "Pengadaan alat bantu diatur untuk perusahaan kerabat pejabat pembuat komitmen.");
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        String code = _get(Span.class, spec -> spec.withId("receipt-code")).getText();
        assertThat(code).matches("([A-Z2-9]{4}-){5}[A-Z2-9]{4}");
        UI.getCurrent().navigate(FollowReportView.class);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withId("field-receiptCode")), code);
        _click(_get(Button.class, spec -> spec.withId("open-report")));
        assertThat(_get(Span.class, spec -> spec.withId("report-status")).getText()).isEqualTo("Diterima, sedang ditelaah");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileNamedAfterItsSenderLeavesNoTraceOfTheName(CapturedOutput output) throws IOException {
        String sendersName = "Budi Santoso - laporan rahasia.pdf";
        UI.getCurrent().navigate(ReportFormView.class);
        _get(RadioButtonGroup.class, spec -> spec.withId("field-category")).setValue(ReportCategory.GRATIFIKASI);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-what")),
                "Petugas meminta uang agar nama saya masuk daftar penerima bantuan.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("field-evidence")), sendersName, "application/pdf",
                pdf());
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        String code = _get(Span.class, spec -> spec.withId("receipt-code")).getText();

        UI.getCurrent().navigate(FollowReportView.class);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("field-receiptCode")), code);
        _click(_get(Button.class, spec -> spec.withId("open-report")));
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().equals("Bukti yang Anda kirim: bukti-1.pdf"));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("field-evidence")), sendersName, "application/pdf",
                pdf());
        _click(_get(Button.class, spec -> spec.withId("send-reply")));
        assertThat(_find(Paragraph.class))
                .anyMatch(p -> p.getText().equals("Bukti yang Anda kirim: bukti-1.pdf, bukti-2.pdf"));

        String number = jdbc.queryForObject("select r.report_number from wbs_report r join wbs_evidence e"
                + " on e.report_id = r.id where e.file_name = 'bukti-2.pdf' order by r.id desc limit 1", String.class);
        signIn(UiFixtures.staff("maria.simanjuntak"));
        UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("field-evidence")), sendersName, "application/pdf",
                pdf());
        _click(_get(Button.class, spec -> spec.withId("add-evidence")));
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("bukti-1.pdf", "bukti-2.pdf", "bukti-3.pdf");

        String name = "Budi Santoso";
        assertThat(jdbc.queryForObject("select count(*) from wbs_evidence where file_name like ?", Long.class,
                "%" + name + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where details like ?", Long.class,
                "%" + name + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from wbs_report where what_happened like ?", Long.class,
                "%" + name + "%")).isZero();
        try (var files = Files.walk(Path.of("target/attachments"))) {
            assertThat(files).noneMatch(f -> f.toString().contains(name));
        }
        assertThat(output.getAll()).doesNotContain(name);
    }

    @Test
    void anAdminHoldsAReportByItsNumberAsACase() {
        String number = file(true).reportNumber();
        signIn(UiFixtures.staff("rina.marlina"));
        UI.getCurrent().navigate(LegalHoldView.class);
        TextField field = _get(TextField.class, spec -> spec.withId("hold-case"));
        _setValue(field, "WBS-1999-000001");
        _setValue(_get(TextArea.class, spec -> spec.withId("hold-reason")), "Diminta kejaksaan untuk penyidikan");
        _click(_get(Button.class, spec -> spec.withId("hold-place")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Tidak ada kasus atau laporan dengan nomor ini.");
        _setValue(field, number.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("hold-place")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains(number + " ditahan.");
        _click(_get(Button.class, spec -> spec.withId("hold-release")));
        assertThat(audit.of(AuditTrail.WBS_REPORT, number)).extracting(e -> e.getAction() + "/" + e.getActor())
                .contains("LEGAL_HOLD_PLACED/rina.marlina", "LEGAL_HOLD_RELEASED/rina.marlina");
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void staffOutsideTheInvestigationTeamCannotOpenReports() {
        String number = file(true).reportNumber();
        for (String username : List.of("ayu.lestari", "citra.wulandari", "oki.pratama", "rina.marlina")) {
            signIn(UiFixtures.staff(username));
            assertThatThrownBy(() -> UI.getCurrent().navigate(ReportsView.class)).as(username)
                    .hasRootCauseInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number)))
                    .hasRootCauseInstanceOf(AccessDeniedException.class);
        }
        signIn(UiFixtures.staff("sari.rahmawati"));
        UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number));
        assertThat(_get(H2.class).getText()).isEqualTo("Laporan tidak tersedia");
        assertThat(_find(Paragraph.class)).noneMatch(p -> p.getText().contains("mobil dinas"));
        UI.getCurrent().navigate(ReportsView.class);
        @SuppressWarnings("unchecked")
        Grid<ReadingReport.ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._get(grid, i).reportNumber()).isNotEqualTo(number);
        }
    }

    @Test
    void theLeadOpensAReportRevealsANamedReporterWithAReasonAndBothAreAudited() {
        String number = file(false).reportNumber();
        signIn(UiFixtures.staff("maria.simanjuntak"));
        UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number));
        assertThat(_get(H2.class).getText()).isEqualTo(number);
        _click(_get(Button.class, spec -> spec.withId("reveal-identity")));
        _click(_get(Button.class, spec -> spec.withId("confirm-reveal")));
        assertThat(_get(TextArea.class, spec -> spec.withId("field-revealReason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("field-revealReason")), "Pelapor perlu dihubungi sebagai saksi.");
        _click(_get(Button.class, spec -> spec.withId("confirm-reveal")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reporter-identity")).getText())
                .isEqualTo("Rudi Pelapor · rudi@example.id");
        assertThat(audit.of(AuditTrail.WBS_REPORT, number)).extracting(e -> e.getAction() + "/" + e.getActor())
                .contains("REPORT_READ/maria.simanjuntak", "REPORTER_IDENTITY_REVEALED/maria.simanjuntak");
    }

    /** "Laporan dibuka" once per opening: drawing the report again after one's own note is not another read. */
    @Test
    void openingAReportIsOneAuditLineNotOnePerDrawing() {
        String number = file(true).reportNumber();
        signIn(UiFixtures.staff("maria.simanjuntak"));
        UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number));
        _setValue(_get(TextArea.class, spec -> spec.withId("new-note")), "Cek daftar kendaraan dinas bagian umum.");
        _click(_get(Button.class, spec -> spec.withId("send-new-note")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Tersimpan.");
        assertThat(reads(number)).isEqualTo(1);
        UI.getCurrent().navigate(ReportsView.class);
        UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number));
        assertThat(reads(number)).isEqualTo(2);
    }

    long reads(String number) {
        return audit.of(AuditTrail.WBS_REPORT, number).stream()
                .filter(e -> e.getAction().equals("REPORT_READ") && e.getActor().equals("maria.simanjuntak")).count();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadOpensAProtectiveCaseFromAReport() {
        String number = file(true).reportNumber();
        signIn(UiFixtures.staff("maria.simanjuntak"));
        UI.getCurrent().navigate(ProtectiveCaseView.class, ProtectiveCaseView.parameters(number));
        _setValue(_get(TextField.class, spec -> spec.withId("field-nik")), "3175105507450003");
        _setValue(_get(TextField.class, spec -> spec.withId("field-kk")), "3175101203150007");
        _setValue(_get(TextField.class, spec -> spec.withId("field-fullName")), "Sumarni");
        _get(RadioButtonGroup.class, spec -> spec.withId("field-gender")).setValue(Gender.FEMALE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("field-birthDate")), LocalDate.of(1945, 7, 15));
        _setValue(_get(TextField.class, spec -> spec.withId("field-address")), "Jl. Kenanga 4, Cipayung");
        _setValue(_get(TextField.class, spec -> spec.withId("field-regionCode")), "31.75.10.1003");
        _get(ComboBox.class, spec -> spec.withId("field-unit")).setValue("handayani");
        _get(RadioButtonGroup.class, spec -> spec.withId("field-targetGroup")).setValue(TargetGroup.LANSIA);
        _get(RadioButtonGroup.class, spec -> spec.withId("field-setting")).setValue(CareSetting.RESIDENTIAL);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-problem")), "Lansia ditelantarkan; perlu perlindungan.");
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(_get(H2.class).getText()).isEqualTo(number);
        String caseNumber = audit.of(AuditTrail.WBS_REPORT, number).stream()
                .filter(e -> e.getAction().equals("PROTECTIVE_CASE_OPENED")).findFirst().orElseThrow().getDetails()
                .split(" ")[0];
        assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getIntakeChannel()).isEqualTo(IntakeChannel.REFERRAL);
    }

    /** The outside probe: the protective-case form was offered for a report its visitor may not read. */
    @Test
    void theProtectiveCaseFormIsNotOfferedForAReportOneMayNotRead() {
        String number = file(true).reportNumber();
        signIn(UiFixtures.staff("nur.hidayah"));
        UI.getCurrent().navigate(ProtectiveCaseView.class, ProtectiveCaseView.parameters(number));
        _assertNone(Button.class, spec -> spec.withId("register"));
        _assertNone(TextField.class, spec -> spec.withId("field-nik"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-not-found")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("report.view.notFound"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeamEntersACallCentreReportAndGetsTheReceiptCodeToPassOn() {
        signIn(UiFixtures.staff("nur.hidayah"));
        UI.getCurrent().navigate(StaffReportFormView.class);
        _get(RadioButtonGroup.class, spec -> spec.withId("field-category")).setValue(ReportCategory.GRATIFIKASI);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-what")),
                "Penelepon 171: petugas meminta pulsa sebagai imbalan pendataan bantuan.");
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        RadioButtonGroup<ReportChannel> channel = _get(RadioButtonGroup.class, spec -> spec.withId("field-channel"));
        assertThat(channel.isInvalid()).isTrue();
        assertThat(channel.getErrorMessage()).isEqualTo("Pilih saluran: call centre 171 atau surat.");
        channel.setValue(ReportChannel.CALL_CENTRE);
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        assertThat(_get(Span.class, spec -> spec.withId("receipt-code")).getText()).matches("([A-Z2-9]{4}-){5}[A-Z2-9]{4}");
    }
}
