package id.serasi.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.Await;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.TargetGroup;
import id.serasi.security.Staff;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskRow;
import id.serasi.tasks.Workload;
import id.serasi.ui.atensi.CaseView;
import id.serasi.ui.atensi.CasesView;
import id.serasi.ui.atensi.MentionsView;
import id.serasi.ui.tasks.FollowedTasksView;
import id.serasi.ui.tasks.MyTasksView;
import id.serasi.ui.atensi.RegistrationView;
import id.serasi.ui.tasks.SupervisionView;
import id.serasi.ui.tasks.TaskView;
import id.serasi.ui.tasks.UnitTasksView;
import id.serasi.calendar.CalendarProperties;
import id.serasi.calendar.WorkingDayCalendar;
import id.serasi.audit.AuditTrail;
import id.serasi.ui.admin.AuditTrailView;
import id.serasi.ui.admin.CalendarView;
import id.serasi.ui.admin.LegalHoldView;
import id.serasi.ui.admin.ReindexView;
import id.serasi.ui.search.SearchView;
import id.serasi.search.CaseQuery;
import id.serasi.search.CaseResults;
import id.serasi.search.SearchingCases;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.serasi.audit.AuditLine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each staff view, browserless: what it shows, what it refuses, and what it says, in Bahasa Indonesia. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:views;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class ViewsTest extends KaribuViews {

    static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Autowired RegisteringCase registering;
    @Autowired ClaimingTask claiming;
    @Autowired ListingTasks listing;
    @Autowired SearchingCases searching;
    @Autowired WorkingDayCalendar calendar;
    @Autowired AuditTrail audit;

    static Staff staff(String username) {
        return UiFixtures.staff(username);
    }

    String register() {
        int n = SERIAL.getAndIncrement();
        return UiFixtures.register(registering, n, "Bayu Saputra " + n, TargetGroup.PPKS_LAIN);
    }

    @SuppressWarnings("unchecked")
    static Grid<TaskRow> taskGrid() {
        return _get(Grid.class, spec -> spec.withId("task-grid"));
    }

    @Test
    void unitTasksAreListedAndFiltered() {
        String caseNumber = register();
        signIn(staff("budi.santoso"));
        UI.getCurrent().navigate(UnitTasksView.class);
        assertThat(_size(taskGrid())).isGreaterThanOrEqualTo(1);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), caseNumber);
        assertThat(_size(taskGrid())).isEqualTo(1);
        @SuppressWarnings("unchecked")
        ComboBox<String> priority = _get(ComboBox.class, spec -> spec.withLabel("Prioritas"));
        _setValue(priority, "DARURAT");
        assertThat(_size(taskGrid())).isZero();
    }

    @Test
    void claimingFromTheListOpensTheTaskForm() {
        String caseNumber = register();
        signIn(staff("ayu.lestari"));
        UI.getCurrent().navigate(UnitTasksView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), caseNumber);
        Component actions = _getCellComponent(taskGrid(), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Ambil")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(TaskView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Tentukan kelayakan");
    }

    /** Ayu claims the new case's first task and opens its form; answers the task id. */
    String ayuOpensTheFirstTask() {
        String caseNumber = register();
        Staff ayu = staff("ayu.lestari");
        String taskId = firstUnitTask(caseNumber, ayu);
        claiming.claim(taskId, ayu);
        signIn(ayu);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));
        return taskId;
    }

    @Test
    void anIncompleteFormMarksWhatToFixAndSavesNothing() {
        String taskId = ayuOpensTheFirstTask();
        Staff ayu = staff("ayu.lestari");
        _click(_get(Button.class, spec -> spec.withId("complete")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("field-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Wajib diisi.");
        assertThat(NotificationsKt.getNotifications()).extracting(ViewsTest::text)
                .contains("Periksa isian yang ditandai merah, lalu simpan lagi.");
        assertThat(listing.mine(ayu, 0, 100).rows()).anyMatch(r -> r.task().id().equals(taskId));
    }

    @Test
    void aSavedDraftComesBackWhenTheTaskIsOpenedAgain() {
        String taskId = ayuOpensTheFirstTask();
        _setValue(_get(TextArea.class, spec -> spec.withId("field-note")), "Menunggu surat keterangan desa");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        UI.getCurrent().navigate(UnitTasksView.class);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(taskId));
        assertThat(_get(TextArea.class, spec -> spec.withId("field-note")).getValue())
                .isEqualTo("Menunggu surat keterangan desa");
    }

    private String firstUnitTask(String caseNumber, Staff staff) {
        return listing.myUnits(staff, 0, 500).rows().stream().filter(r -> r.subject().caseNumber().equals(caseNumber))
                .findFirst().orElseThrow().task().id();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }

    @Test
    void anotherUnitSeesNoCase() {
        String caseNumber = register();
        signIn(staff("joko.susilo"));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        assertThat(_get(H2.class).getText()).isEqualTo("Kasus tidak ditemukan");
    }

    @Test
    void theUnitSeesTheCaseFileAndAddsANote() {
        String caseNumber = register();
        signIn(staff("budi.santoso"));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        assertThat(_get(H2.class).getText()).startsWith(caseNumber);
        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), "Keluarga hadir.");
        _click(_get(Button.class, spec -> spec.withId("add-note")));
        assertThat(NotificationsKt.getNotifications()).extracting(ViewsTest::text).contains("Perubahan tersimpan.");
    }

    long opened(String caseNumber, String username) {
        return audit.of(AuditTrail.ATENSI_CASE, caseNumber).stream()
                .filter(e -> e.getAction().equals("CASE_OPENED") && e.getActor().equals(username)).count();
    }

    /** One line per opening: drawing the file again after one's own note is not another read. */
    @Test
    void openingACaseFileIsOneAuditLineNotOnePerDrawing() {
        String caseNumber = register();
        signIn(staff("budi.santoso"));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        assertThat(opened(caseNumber, "budi.santoso")).isEqualTo(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), "Keluarga hadir.");
        _click(_get(Button.class, spec -> spec.withId("add-note")));
        assertThat(NotificationsKt.getNotifications()).extracting(ViewsTest::text).contains("Perubahan tersimpan.");
        assertThat(opened(caseNumber, "budi.santoso")).isEqualTo(1);
        UI.getCurrent().navigate(MyTasksView.class);
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        assertThat(opened(caseNumber, "budi.santoso")).isEqualTo(2);
    }

    @Test
    void anAdminFiltersTheAuditTrailAndDownloadsItAsASpreadsheetSafeCsv() {
        String caseNumber = register();
        signIn(staff("ayu.lestari"));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), "Mohon @budi.santoso hadir.");
        _click(_get(Button.class, spec -> spec.withId("add-note")));

        signIn(staff("rina.marlina"));
        UI.getCurrent().navigate(AuditTrailView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-case")), caseNumber.toLowerCase());
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), "ayu.lestari");
        _click(_get(Button.class, spec -> spec.withId("audit-apply")));
        @SuppressWarnings("unchecked")
        Grid<AuditLine> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<AuditLine> shown = GridKt._findAll(grid);
        assertThat(shown).extracting(AuditLine::action).containsExactly("NOTE_ADDED", "CASE_OPENED", "CASE_REGISTERED");
        assertThat(shown).allSatisfy(line -> assertThat(line.subjectRef()).isEqualTo(caseNumber));
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("Berkas kasus dibuka");
        assertThat(_get(Span.class, spec -> spec.withId("audit-summary")).getText()).isEqualTo("3 baris");

        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("audit-export"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Waktu (WIB)\",\"Pengguna\",\"Tindakan\",\"Kode tindakan\",\"Jenis subjek\","
                + "\"Subjek\",\"Keterangan\"\r\n");
        assertThat(csv.split("\r\n")).hasSize(4);
        // a note's mention would be a formula to a spreadsheet
        assertThat(csv).contains("\"ayu.lestari\",\"Catatan ditambahkan\",\"NOTE_ADDED\",\"ATENSI_CASE\",\""
                + caseNumber + "\",\"'@budi.santoso\"");
        assertThat(audit.of(AuditTrail.SYSTEM, "audit_event")).anySatisfy(line -> {
            assertThat(line.getActor()).isEqualTo("rina.marlina");
            assertThat(line.getAction()).isEqualTo("AUDIT_EXPORTED");
            assertThat(line.getDetails()).contains("case=" + caseNumber, "actor=ayu.lestari", "lines=3");
        });

        signIn(staff("citra.wulandari"));
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditTrailView.class))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
    }

    @Test
    void myTasksFollowedTasksAndCasesListWhatIsMine() {
        String caseNumber = register();
        Staff ayu = staff("ayu.lestari");
        String taskId = firstUnitTask(caseNumber, ayu);
        claiming.claim(taskId, ayu);
        signIn(ayu);
        UI.getCurrent().navigate(MyTasksView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), caseNumber);
        assertThat(_size(taskGrid())).isEqualTo(1);
        UI.getCurrent().navigate(FollowedTasksView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), caseNumber);
        assertThat(_size(taskGrid())).isZero();
        UI.getCurrent().navigate(CasesView.class);
        @SuppressWarnings("unchecked")
        Grid<id.serasi.atensi.AtensiCase> cases = _get(Grid.class, spec -> spec.withId("case-grid"));
        assertThat(_size(cases)).isGreaterThanOrEqualTo(1);
        assertThat(_find(Grid.class, spec -> spec.withId("process-steps"))).isEmpty();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        @SuppressWarnings("unchecked")
        Grid<id.serasi.atensi.ProcessStep> steps = _get(Grid.class, spec -> spec.withId("process-steps"));
        assertThat(GridKt._get(steps, 0).name()).isEqualTo("Kasus didaftarkan");
    }

    @Test
    void aColleagueNamedInANoteFindsItUnderMentions() {
        String caseNumber = register();
        signIn(staff("ayu.lestari"));
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseNumber));
        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), "Mohon @budi.santoso mendampingi kunjungan.");
        _click(_get(Button.class, spec -> spec.withId("add-note")));
        signIn(staff("budi.santoso"));
        UI.getCurrent().navigate(MentionsView.class);
        @SuppressWarnings("unchecked")
        Grid<id.serasi.atensi.ReadingMentions.Mention> grid = _get(Grid.class, spec -> spec.withId("mention-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._get(grid, 0).caseNumber()).isEqualTo(caseNumber);
    }

    @Test
    void theLoginPageSpeaksIndonesianAndSaysItIsDevelopmentMode() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anyMatch(t -> t.startsWith("Mode pengembangan"));
    }

    @Test
    void registrationSaysWhatIsWrongWithTheNik() {
        signIn(staff("ayu.lestari"));
        UI.getCurrent().navigate(RegistrationView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("field-nik")), "31751012");
        _click(_get(Button.class, spec -> spec.withId("register")));
        TextField nik = _get(TextField.class, spec -> spec.withId("field-nik"));
        assertThat(nik.isInvalid()).isTrue();
        assertThat(nik.getErrorMessage()).isEqualTo("NIK harus tepat 16 angka.");
    }

    @Test
    void supervisorsSeeTheirUnitsWorkloadAndWorkersDoNot() {
        register();
        signIn(staff("citra.wulandari"));
        UI.getCurrent().navigate(SupervisionView.class);
        @SuppressWarnings("unchecked")
        Grid<Workload.WorkerLoad> workers = _find(Grid.class).get(0);
        assertThat(_size(workers)).isEqualTo(3);
        assertThat(List.of(GridKt._get(workers, 0).username(), GridKt._get(workers, 1).username(),
                GridKt._get(workers, 2).username())).contains("ayu.lestari", "budi.santoso", "dani.kurniawan");
        signIn(staff("ayu.lestari"));
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisionView.class))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
    }

    @Test
    void searchFindsOwnUnitsCasesWithCountsAndSaysWhyANearbyCaseIsRefused() {
        String caseNumber = UiFixtures.register(registering, SERIAL.getAndIncrement(), "Kartini Wulandari",
                TargetGroup.LANSIA);
        Await.until("indexed (outbox polling)", Duration.ofSeconds(10),
                () -> searching.search(CaseQuery.of("kartini"), staff("budi.santoso")).total() > 0);
        signIn(staff("budi.santoso"));
        UI.getCurrent().navigate(SearchView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search-box")), "kartin");
        @SuppressWarnings("unchecked")
        Grid<CaseResults.Hit> grid = _get(Grid.class, spec -> spec.withId("search-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).caseNumber()).isEqualTo(caseNumber);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> groups = _get(CheckboxGroup.class, spec -> spec.withId("facet-target-group"));
        assertThat(groups.getItemLabelGenerator().apply("LANSIA")).isEqualTo("Lanjut usia (1)");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("search-summary")).getText())
                .startsWith("1 kasus ditemukan");

        TextField near = _get(TextField.class, spec -> spec.withId("search-near"));
        _setValue(near, "ATN-1999-999999");
        assertThat(near.isInvalid()).isTrue();
        assertThat(near.getErrorMessage()).contains("tidak ada di unit Anda");
        _setValue(near, caseNumber);
        assertThat(near.isInvalid()).isFalse();
        assertThat(_size(grid)).isEqualTo(1);

        signIn(staff("joko.susilo"));
        UI.getCurrent().navigate(CasesView.class);
        UI.getCurrent().navigate(SearchView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search-box")), "kartini");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("search-grid")))).isZero();
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReindexView.class))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
    }

    @Test
    void anAdminHoldsACaseWithAReasonAndIsToldWhatIsMissing() {
        String caseNumber = register();
        signIn(staff("rina.marlina"));
        UI.getCurrent().navigate(LegalHoldView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("hold-case")), caseNumber.toLowerCase());
        TextArea reason = _get(TextArea.class, spec -> spec.withId("hold-reason"));
        _setValue(reason, "perlu");
        _click(_get(Button.class, spec -> spec.withId("hold-place")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("paling sedikit 10 karakter");
        _setValue(reason, "Diminta Inspektorat Jenderal untuk pemeriksaan");
        _click(_get(Button.class, spec -> spec.withId("hold-place")));
        assertThat(NotificationsKt.getNotifications()).extracting(ViewsTest::text).contains(caseNumber + " ditahan.");
        _click(_get(Button.class, spec -> spec.withId("hold-release")));
        assertThat(NotificationsKt.getNotifications()).extracting(ViewsTest::text).contains("Penahanan " + caseNumber + " dilepas.");

        signIn(staff("citra.wulandari"));
        assertThatThrownBy(() -> UI.getCurrent().navigate(LegalHoldView.class))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
    }

    @Test
    void anAdminSeesTheHolidayListsAndWhichYearHasNone() {
        signIn(staff("rina.marlina"));
        UI.getCurrent().navigate(CalendarView.class);
        @SuppressWarnings("unchecked")
        Grid<Map.Entry<Integer, CalendarProperties.YearList>> grid = _get(Grid.class, spec -> spec.withId("calendar-grid"));
        Map.Entry<Integer, CalendarProperties.YearList> row2026 = GridKt._findAll(grid).stream()
                .filter(row -> row.getKey() == 2026).findFirst().orElseThrow();
        assertThat(row2026.getValue().decree()).isEqualTo("SKB No. 1497/2025, 2/2025, 5/2025");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, GridKt._findAll(grid).indexOf(row2026))))
                .contains("17: 1 Jan 2026, 16 Jan 2026, 17 Feb 2026").contains("8: 16 Feb 2026, 18 Mar 2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-fixed")).getText())
                .contains("1 Januari, 1 Mei, 1 Juni, 17 Agustus, 25 Desember");
        int nextYear = Year.now(Formats.DEFAULT_ZONE).getValue() + 1;
        List<Paragraph> missing = _find(Paragraph.class, spec -> spec.withId("calendar-missing-" + nextYear));
        if (calendar.hasListFor(nextYear)) {
            assertThat(missing).isEmpty();
        } else {
            assertThat(missing).singleElement().extracting(Paragraph::getText).asString()
                    .startsWith("Belum ada daftar libur " + nextYear)
                    .contains("serasi.calendar.years." + nextYear);
        }
        assertThat(_find(Paragraph.class, spec -> spec.withId("calendar-missing-2026"))).isEmpty();

        signIn(staff("citra.wulandari"));
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalendarView.class))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
    }
}
