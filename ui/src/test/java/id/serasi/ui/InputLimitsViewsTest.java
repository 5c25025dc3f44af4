package id.serasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.TargetGroup;
import id.serasi.atensi.TaskInput;
import id.serasi.atensi.TerminationReason;
import id.serasi.common.FieldProblem;
import id.serasi.security.Staff;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.ListingTasks;
import id.serasi.ui.admin.LegalHoldView;
import id.serasi.ui.atensi.CaseView;
import id.serasi.ui.atensi.RegistrationView;
import id.serasi.ui.atensi.forms.TaskForm;
import id.serasi.ui.atensi.forms.TaskForms;
import id.serasi.ui.portal.FollowReportView;
import id.serasi.ui.portal.ReportFormView;
import id.serasi.ui.search.SearchView;
import id.serasi.ui.tasks.TaskView;
import id.serasi.ui.tasks.UnitTasksView;
import id.serasi.ui.whistleblowing.ProtectiveCaseView;
import id.serasi.ui.whistleblowing.ReportView;
import id.serasi.ui.whistleblowing.StaffReportFormView;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportDetails;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every form, one character over each of its fields' limits: the field says the limit in Bahasa Indonesia as soon
 * as the text is there and again when the server refuses it, nothing is saved, and nothing is logged as an error.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:views;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
@ExtendWith(OutputCaptureExtension.class)
public class InputLimitsViewsTest extends KaribuViews {

    static final AtomicInteger SERIAL = new AtomicInteger(700);
    static final AtomicInteger CLIENTS = new AtomicInteger(100);

    @Autowired RegisteringCase registering;
    @Autowired ClaimingTask claiming;
    @Autowired ListingTasks listing;
    @Autowired FilingReport filing;
    @Autowired JdbcTemplate jdbc;
    CapturedOutput output;

    @AfterEach
    void nothingLoggedAsAnError() {
        if (output != null) {
            assertThat(output.getAll()).doesNotContain(" ERROR ", "Value too long", "value too long");
        }
    }

    /** "Terlalu panjang: paling banyak 4.000 karakter. …", the limit written as Indonesians write numbers. */
    static String tooLong(int limit) {
        return "Terlalu panjang: paling banyak " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"))
                .format(limit) + " karakter. Persingkat isian ini.";
    }

    public static int limitOf(Component field) {
        return field instanceof TextArea area ? area.getMaxLength() : ((TextField) field).getMaxLength();
    }

    public static void overItsLimit(Component field) {
        int limit = limitOf(field);
        assertThat(limit).as(field.getId().orElse("field") + " has a limit").isPositive();
        if (field instanceof TextArea area) {
            _setValue(area, "x".repeat(limit + 1));
        } else {
            _setValue((TextField) field, "x".repeat(limit + 1));
        }
    }

    public static void saysItsLimit(Component field) {
        HasValidation validated = (HasValidation) field;
        assertThat(validated.isInvalid()).as(field.getId().orElse("field") + " is marked").isTrue();
        assertThat(validated.getErrorMessage()).as(field.getId().orElse("field")).isEqualTo(tooLong(limitOf(field)));
    }

    static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static TextArea textArea(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    String register() {
        int n = SERIAL.getAndIncrement();
        return UiFixtures.register(registering, n, "Bayu Saputra " + n, TargetGroup.PPKS_LAIN);
    }

    @Test
    void registrationSaysEachFieldsLimitAndRegistersNobody(CapturedOutput output) {
        this.output = output;
        signIn(UiFixtures.staff("ayu.lestari"));
        UI.getCurrent().navigate(RegistrationView.class);
        assertThat(textField("field-fullName").getMaxLength()).isEqualTo(200);
        assertThat(textField("field-address").getMaxLength()).isEqualTo(400);
        assertThat(textField("field-phone").getMaxLength()).isEqualTo(30);
        assertThat(textArea("field-problem").getHelperText()).isEqualTo("0 dari 4.000 karakter");
        overItsLimit(textField("field-fullName"));
        overItsLimit(textField("field-address"));
        overItsLimit(textField("field-phone"));
        overItsLimit(textArea("field-problem"));
        saysItsLimit(textField("field-fullName"));
        assertThat(textArea("field-problem").getHelperText()).isEqualTo("4.001 dari 4.000 karakter");
        long people = count("beneficiary");
        _click(_get(Button.class, spec -> spec.withId("register")));
        saysItsLimit(textField("field-fullName"));
        saysItsLimit(textField("field-address"));
        saysItsLimit(textField("field-phone"));
        saysItsLimit(textArea("field-problem"));
        assertThat(count("beneficiary")).isEqualTo(people);
    }

    /** The lead's protective case from a report is the registration form: the same limits, nothing registered. */
    @Test
    void theProtectiveCaseFormSaysTheSameLimits(CapturedOutput output) {
        this.output = output;
        String number = file(true).reportNumber();
        signIn(UiFixtures.staff("maria.simanjuntak"));
        UI.getCurrent().navigate(ProtectiveCaseView.class, ProtectiveCaseView.parameters(number));
        List<Component> fields = List.of(textField("field-fullName"), textField("field-address"),
                textField("field-phone"), textArea("field-problem"));
        fields.forEach(InputLimitsViewsTest::overItsLimit);
        long people = count("beneficiary");
        _click(_get(Button.class, spec -> spec.withId("register")));
        fields.forEach(InputLimitsViewsTest::saysItsLimit);
        assertThat(count("beneficiary")).isEqualTo(people);
    }

    /**
     * Each ATENSI task form: every text field has its record's limit, says it on the field as the text is there, and
     * the record's own problems (what the server answers) land on the same field with the same message.
     */
    @Test
    void everyTaskFormSaysEachFieldsLimitAndItsRecordRefusesTheSame() {
        for (String formKey : List.of("eligibility", "referral", "assessment", "intervention-plan", "case-conference",
                "plan-approval", "service-delivery", "progress-report", "evaluation", "termination",
                "termination-approval", "skm-survey", "after-care-visit", "transfer-acceptance")) {
            TaskForm<TaskInput> form = TaskForms.forKey(formKey).orElseThrow();
            UI.getCurrent().add(form);
            List<Component> limited = new ArrayList<>();
            limited.addAll(_find(form, TextArea.class));
            limited.addAll(_find(form, TextField.class));
            assertThat(limited).as(formKey).isNotEmpty();
            for (Component field : limited) {
                overItsLimit(field);
                saysItsLimit(field);
                ((HasValidation) field).setInvalid(false);
                ((HasValidation) field).setErrorMessage(null);
            }
            List<FieldProblem> problems = form.read().problems();
            form.show(problems);
            for (Component field : limited) {
                saysItsLimit(field);
            }
            UI.getCurrent().remove(form);
        }
    }

    String ayuOpensTheFirstTask(String caseNumber) {
        Staff ayu = UiFixtures.staff("ayu.lestari");
        String taskId = listing.myUnits(ayu, 0, 500).rows().stream()
                .filter(r -> r.subject().caseNumber().equals(caseNumber)).findFirst().orElseThrow().task().id();
        claiming.claim(taskId, ayu);
        signIn(ayu);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));
        return taskId;
    }

    /** The outside probe: a 2,001-character eligibility note and an oversized draft reached the database. */
    @Test
    void anOverlongNoteIsNeitherCompletedNorKeptAsADraft(CapturedOutput output) {
        this.output = output;
        String caseNumber = register();
        String taskId = ayuOpensTheFirstTask(caseNumber);
        TextArea note = textArea("field-note");
        assertThat(note.getMaxLength()).isEqualTo(AtensiLimits.ELIGIBILITY_NOTE);
        overItsLimit(note);
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        saysItsLimit(note);
        assertThat(jdbc.queryForObject("select count(*) from task_draft where task_id = ?", Long.class, taskId)).isZero();
        _click(_get(Button.class, spec -> spec.withId("complete")));
        saysItsLimit(note);
        assertThat(listing.mine(UiFixtures.staff("ayu.lestari"), 0, 100).rows())
                .anyMatch(r -> r.task().id().equals(taskId));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(TaskView.class);
    }

    @Test
    void caseNotesTransferAndEarlyEndSayTheirLimitsAndChangeNothing(CapturedOutput output) {
        this.output = output;
        String caseNumber = register();
        signIn(UiFixtures.staff("citra.wulandari"));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        long notes = count("case_note");
        overItsLimit(textArea("note-text"));
        _click(_get(Button.class, spec -> spec.withId("add-note")));
        saysItsLimit(textArea("note-text"));
        assertThat(count("case_note")).isEqualTo(notes);

        _click(_get(Button.class, spec -> spec.withId("transfer")));
        assertThat(textArea("transfer-reason").getMaxLength()).isEqualTo(AtensiLimits.LABELLED_NOTE);
        overItsLimit(textArea("transfer-reason"));
        _click(_get(Button.class, spec -> spec.withId("transfer-confirm")));
        saysItsLimit(textArea("transfer-reason"));
        _find(Dialog.class).forEach(Dialog::close);

        _click(_get(Button.class, spec -> spec.withId("end-early")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TerminationReason> reason = _get(RadioButtonGroup.class, spec -> spec.withId("end-early-reason"));
        reason.setValue(TerminationReason.DECEASED);
        overItsLimit(textArea("end-early-notes"));
        _click(_get(Button.class, spec -> spec.withId("end-early-confirm")));
        saysItsLimit(textArea("end-early-notes"));
        assertThat(count("case_note")).isEqualTo(notes);
        assertThat(jdbc.queryForObject("select unit_code from atensi_case where case_number = ?", String.class,
                caseNumber)).isEqualTo("handayani");
        assertThat(jdbc.queryForObject("select count(*) from termination t join atensi_case c on c.id = t.case_id"
                + " where c.case_number = ?", Long.class, caseNumber)).isZero();
    }

    /** The portal's form (and the team's, which is the same form with a channel): every field, nothing filed. */
    @Test
    void thePortalReportFormSaysEachFieldsLimitAndFilesNothing(CapturedOutput output) {
        this.output = output;
        UI.getCurrent().navigate(ReportFormView.class);
        assertPortalFormRefusesOverlongFields();
        signIn(UiFixtures.staff("nur.hidayah"));
        UI.getCurrent().navigate(StaffReportFormView.class);
        assertPortalFormRefusesOverlongFields();
    }

    private void assertPortalFormRefusesOverlongFields() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportCategory> category = _get(RadioButtonGroup.class, spec -> spec.withId("field-category"));
        category.setValue(ReportCategory.KKN);
        _setValue(_get(Checkbox.class, spec -> spec.withId("field-anonymous")), false);
        List<String> areas = List.of("field-what", "field-who", "field-how");
        List<String> lines = List.of("field-where", "field-when", "field-reporterName", "field-reporterContact");
        areas.forEach(id -> overItsLimit(textArea(id)));
        lines.forEach(id -> overItsLimit(textField(id)));
        long reports = count("wbs_report");
        _click(_get(Button.class, spec -> spec.withId("send-report")));
        areas.forEach(id -> saysItsLimit(textArea(id)));
        lines.forEach(id -> saysItsLimit(textField(id)));
        assertThat(textArea("field-what").getMaxLength()).isEqualTo(4000);
        assertThat(textField("field-where").getMaxLength()).isEqualTo(1000);
        assertThat(textField("field-reporterName").getMaxLength()).isEqualTo(200);
        assertThat(count("wbs_report")).isEqualTo(reports);
    }

    Filing.Filed file(boolean anonymous) {
        return (Filing.Filed) filing.file(new ReportDetails(ReportCategory.PENYALAHGUNAAN_WEWENANG,
                "Kepala seksi memakai mobil dinas untuk keperluan keluarga setiap akhir pekan.", null, null, null, null,
                null, anonymous, anonymous ? null : "Rudi Pelapor", anonymous ? null : "rudi@example.id"), List.of(),
                "198.51.100." + CLIENTS.incrementAndGet());
    }

    @Test
    void aReporterReplyOverItsLimitIsRefusedOnTheField(CapturedOutput output) {
        this.output = output;
        Filing.Filed filed = file(true);
        UI.getCurrent().navigate(FollowReportView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("field-receiptCode")), filed.receiptCode());
        _click(_get(Button.class, spec -> spec.withId("open-report")));
        long messages = count("wbs_message");
        overItsLimit(textArea("field-answer"));
        _click(_get(Button.class, spec -> spec.withId("send-reply")));
        saysItsLimit(textArea("field-answer"));
        assertThat(count("wbs_message")).isEqualTo(messages);
    }

    @Test
    void theTeamsNotesQuestionsAndRevealReasonSayTheirLimits(CapturedOutput output) {
        this.output = output;
        String number = file(false).reportNumber();
        signIn(UiFixtures.staff("maria.simanjuntak"));
        UI.getCurrent().navigate(ReportView.class, ReportView.parameters(number));
        long notes = count("wbs_note");
        long messages = count("wbs_message");
        for (String writer : List.of("new-note", "ask-reporter")) {
            overItsLimit(textArea(writer));
            _click(_get(Button.class, spec -> spec.withId("send-" + writer)));
            saysItsLimit(textArea(writer));
        }
        assertThat(count("wbs_note")).isEqualTo(notes);
        assertThat(count("wbs_message")).isEqualTo(messages);
        _click(_get(Button.class, spec -> spec.withId("reveal-identity")));
        overItsLimit(textArea("field-revealReason"));
        _click(_get(Button.class, spec -> spec.withId("confirm-reveal")));
        saysItsLimit(textArea("field-revealReason"));
        _find(Paragraph.class).forEach(p -> assertThat(p.getText()).doesNotContain("Rudi Pelapor"));
    }

    @Test
    void aLegalHoldReasonOverItsLimitHoldsNothing(CapturedOutput output) {
        this.output = output;
        String caseNumber = register();
        signIn(UiFixtures.staff("rina.marlina"));
        UI.getCurrent().navigate(LegalHoldView.class);
        _setValue(textField("hold-case"), caseNumber);
        assertThat(textArea("hold-reason").getMaxLength()).isEqualTo(500);
        overItsLimit(textArea("hold-reason"));
        _click(_get(Button.class, spec -> spec.withId("hold-place")));
        saysItsLimit(textArea("hold-reason"));
        assertThat(jdbc.queryForObject("select legal_hold_reason from atensi_case where case_number = ?", String.class,
                caseNumber)).isNull();
    }

    @Test
    void aSavedFilterNameOverItsLimitIsNotSaved(CapturedOutput output) {
        this.output = output;
        signIn(UiFixtures.staff("ayu.lestari"));
        UI.getCurrent().navigate(UnitTasksView.class);
        _click(_get(Button.class, spec -> spec.withText("Simpan filter")));
        assertThat(textField("filter-name").getMaxLength()).isEqualTo(100);
        overItsLimit(textField("filter-name"));
        long saved = count("saved_task_filter");
        _click(_get(Button.class, spec -> spec.withId("filter-save")));
        saysItsLimit(textField("filter-name"));
        assertThat(count("saved_task_filter")).isEqualTo(saved);
        assertThat(textField("filter-text").getMaxLength()).isEqualTo(200);
    }

    @Test
    void theSearchBoxSaysItsLimit(CapturedOutput output) {
        this.output = output;
        signIn(UiFixtures.staff("ayu.lestari"));
        UI.getCurrent().navigate(SearchView.class);
        overItsLimit(textField("search-box"));
        saysItsLimit(textField("search-box"));
    }
}
