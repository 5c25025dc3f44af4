package id.serasi.ui.atensi;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.Attachment;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.CaseFile;
import id.serasi.atensi.InterruptingCase;
import id.serasi.atensi.ReadingCase;
import id.serasi.atensi.TerminationReason;
import id.serasi.atensi.WritingCaseFile;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.TaskInfo;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import id.serasi.unit.UnitZones;
import id.serasi.ui.Uploads;
import id.serasi.ui.tasks.TaskView;
import id.serasi.unit.Unit;
import id.serasi.unit.UnitRepository;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;

/**
 * One case: where it stands, its open tasks, its whole file and history; transfer and early end. Navigating here
 * opens the file (one audit line); drawing it again after the user's own change does not.
 */
@Route(value = "kasus/:caseNumber", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ReadingCase reading;
    private final transient InterruptingCase interrupting;
    private final transient StaffDirectory directory;
    private final transient UnitRepository units;
    private final transient WritingCaseFile writing;
    private final transient UnitZones zones;
    private final String tileUrl;
    private final String tileAttribution;
    private final CurrentStaff currentStaff;
    private String caseNumber;

    public CaseView(ReadingCase reading, InterruptingCase interrupting, StaffDirectory directory, UnitRepository units,
                    WritingCaseFile writing, UnitZones zones, CurrentStaff currentStaff,
                    @Value("${serasi.map.tile-url:}") String tileUrl,
                    @Value("${serasi.map.attribution:}") String tileAttribution) {
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
        this.writing = writing;
        this.zones = zones;
        this.reading = reading;
        this.interrupting = interrupting;
        this.directory = directory;
        this.units = units;
        this.currentStaff = currentStaff;
        setMaxWidth("80em");
    }

    public static RouteParameters parameters(String caseNumber) {
        return new RouteParameters("caseNumber", caseNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        render(reading.open(caseNumber, staff()));
    }

    private void render(Optional<CaseFile> found) {
        removeAll();
        if (found.isEmpty()) {
            add(new H2(getTranslation("case.notFound.title")), new Paragraph(getTranslation("case.notFound")));
            return;
        }
        CaseFile file = found.get();
        AtensiCase c = file.atensiCase();
        ZoneId zone = zones.of(c.getUnitCode());
        add(new H2(c.getCaseNumber() + " · " + c.getBeneficiary().getFullName()));
        Span stage = new Span(getTranslation("enum.Stage." + c.getStage()));
        stage.getElement().getThemeList().add(c.isOpen() ? "badge" : "badge contrast");
        stage.setId("case-stage");
        HorizontalLayout facts = new HorizontalLayout(stage,
                new Span(getTranslation("tasks.unit") + ": " + c.getUnitCode()),
                new Span(getTranslation("tasks.priority") + ": " + (c.getPriority() == null ? "–" : getTranslation("enum.Priority." + c.getPriority()))),
                new Span(getTranslation("case.manager") + ": " + directory.displayName(c.getCaseManager())),
                new Span(getTranslation("case.opened") + ": " + Formats.date(c.getOpenedAt(), getLocale(), zone)));
        if (c.isOpen()) {
            Span since = new Span(getTranslation("case.inStageSince") + ": "
                    + Formats.date(c.getInStageSince(), getLocale(), zone));
            since.setId("case-in-stage-since");
            facts.add(since);
        }
        if (c.getOutcome() != null) {
            Span outcome = new Span(getTranslation("enum.Outcome." + c.getOutcome()));
            outcome.setId("case-outcome");
            facts.add(outcome);
        }
        add(facts);
        if (!file.openTasks().isEmpty()) {
            VerticalLayout tasks = new VerticalLayout();
            tasks.setPadding(false);
            for (TaskInfo t : file.openTasks()) {
                tasks.add(new HorizontalLayout(new RouterLink(t.name(), TaskView.class, TaskView.parameters(t.id())),
                        new Span(directory.displayName(t.assignee())), new Span(Formats.date(t.due(), getLocale(), zone))));
            }
            add(new Span(getTranslation("case.openTasks")), tasks);
        }
        if (c.isOpen()) {
            add(actions(c));
        }
        add(pictures(file), documents(file), noteEditor());
        add(new CaseSections(file, directory, zone).all());
    }

    private Details documents(CaseFile file) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (Attachment a : file.attachments()) {
            Anchor link = new Anchor(document(a), a.getFileName());
            link.setTarget("_blank");
            HorizontalLayout row = new HorizontalLayout();
            if (a.getContentType().startsWith("image/")) {
                Image thumbnail = new Image(preview(a), a.getFileName());
                thumbnail.setMaxWidth("8em");
                thumbnail.setMaxHeight("6em");
                row.add(thumbnail);
            }
            list.add(row);
            row.add(link, new Span(directory.displayName(a.getAuthor()) + ", "
                    + Formats.dateTime(a.getCreatedAt(), getLocale(), zones.of(file.atensiCase().getUnitCode())) + " · " + (a.getSizeBytes() / 1024 + 1) + " KB"));
        }
        Upload upload = new Upload();
        // Vaadin runs this with the session locked (UI.access), so the view may change here
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> attach(upload, metadata.fileName(), bytes)));
        upload.setId("upload");
        Uploads.configure(upload, writing.limit());
        list.add(new Span(getTranslation("case.upload", writing.limit().megabytes())), upload);
        Details details = new Details(new Span(getTranslation("case.section.documents") + " (" + file.attachments().size() + ")"), list);
        details.setWidthFull();
        return details;
    }

    /** Where the beneficiary lives, and where the case stands in its process. */
    private Details pictures(CaseFile file) {
        HorizontalLayout pictures = new HorizontalLayout();
        pictures.setWidthFull();
        pictures.setWrap(true);
        var beneficiary = file.atensiCase().getBeneficiary();
        if (beneficiary.getLatitude() != null) {
            GeotagMap map = new GeotagMap(beneficiary.getLatitude(), beneficiary.getLongitude(),
                    beneficiary.getFullName() + " · " + beneficiary.getAddress(), tileUrl, tileAttribution);
            map.getElement().getStyle().set("flex", "1 1 20em");
            pictures.add(map);
        }
        reading.diagram(caseNumber, staff()).ifPresent(diagram -> {
            ProcessDiagramView view = new ProcessDiagramView(diagram);
            view.getElement().getStyle().set("flex", "3 1 40em");
            pictures.add(view);
        });
        Details details = new Details(new Span(getTranslation("case.section.pictures")), pictures);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    /**
     * Shown inline, so PDFs and images open for reading in the browser; access and checksum are checked on each read,
     * and each is an audited read.
     */
    private DownloadHandler document(Attachment a) {
        return inline(a, () -> reading.document(a.getId(), staff()));
    }

    /**
     * A picture's thumbnail, drawn small on the server (ReadingCase.preview): part of the opened file, not audited each
     * time the file is drawn, and never the document itself.
     */
    private DownloadHandler preview(Attachment a) {
        return inline("thumbnail.jpg", "image/jpeg", () -> reading.preview(a.getId(), staff()));
    }

    private DownloadHandler inline(Attachment a, Supplier<Optional<byte[]>> read) {
        return inline(a.getFileName(), a.getContentType(), read);
    }

    private DownloadHandler inline(String name, String type, Supplier<Optional<byte[]>> read) {
        return DownloadHandler.fromInputStream(event -> read.get()
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length))
                .orElseGet(() -> DownloadResponse.error(404, getTranslation("document.unreadable")))).inline();
    }

    private HorizontalLayout noteEditor() {
        TextArea text = new TextArea(getTranslation("case.noteText"));
        text.setId("note-text");
        TextLimits.limit(text, AtensiLimits.CASE_TEXT, getTranslation("case.noteText.helper"));
        text.setWidth("40em");
        Button add = new Button(getTranslation("case.addNote"), e -> {
            CaseChange result = writing.note(caseNumber, text.getValue(), staff());
            if (result instanceof CaseChange.Invalid invalid) {
                text.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                text.setInvalid(true);
            } else {
                handled(result);
            }
        });
        add.setId("add-note");
        HorizontalLayout editor = new HorizontalLayout(text, add);
        editor.setDefaultVerticalComponentAlignment(Alignment.END);
        return editor;
    }

    private HorizontalLayout actions(AtensiCase c) {
        HorizontalLayout actions = new HorizontalLayout();
        if (staff().has(Role.SUPERVISOR)) {
            actions.add(withId(new Button(getTranslation("case.transfer"), e -> transferDialog(c).open()), "transfer"));
        }
        actions.add(withId(new Button(getTranslation("case.endEarly"), e -> endEarlyDialog().open()), "end-early"));
        return actions;
    }

    private static Button withId(Button button, String id) {
        button.setId(id);
        return button;
    }

    private Dialog transferDialog(AtensiCase c) {
        Dialog dialog = new Dialog(getTranslation("case.transfer"));
        ComboBox<Unit> to = new ComboBox<>(getTranslation("case.transfer.to"));
        to.setId("transfer-to");
        List<Unit> others = units.findAll().stream().filter(u -> !u.getCode().equals(c.getUnitCode())).toList();
        to.setItems(others);
        to.setItemLabelGenerator(Unit::getName);
        TextArea reason = TextLimits.limit(new TextArea(getTranslation("form.reason")), AtensiLimits.LABELLED_NOTE);
        reason.setId("transfer-reason");
        reason.setWidthFull();
        dialog.add(new VerticalLayout(to, reason));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()),
                withId(new Button(getTranslation("case.transfer"), e -> {
                    CaseChange result = interrupting.transfer(caseNumber,
                            to.getValue() == null ? null : to.getValue().getCode(), reason.getValue(), staff());
                    if (handled(result, Map.of("reason", reason))) {
                        dialog.close();
                    }
                }), "transfer-confirm"));
        return dialog;
    }

    private Dialog endEarlyDialog() {
        Dialog dialog = new Dialog(getTranslation("case.endEarly"));
        RadioButtonGroup<TerminationReason> reason = new RadioButtonGroup<>(getTranslation("form.reason"));
        reason.setId("end-early-reason");
        reason.setItems(TerminationReason.DECEASED, TerminationReason.CLIENT_REQUEST);
        reason.setItemLabelGenerator(r -> getTranslation("enum.TerminationReason." + r));
        TextArea notes = TextLimits.limit(new TextArea(getTranslation("form.notes")), AtensiLimits.CASE_TEXT);
        notes.setId("end-early-notes");
        notes.setWidthFull();
        dialog.add(new VerticalLayout(reason, notes));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()),
                withId(new Button(getTranslation("case.endEarly"), e -> {
                    if (handled(interrupting.endEarly(caseNumber, reason.getValue(), notes.getValue(), staff()),
                            Map.of("notes", notes))) {
                        dialog.close();
                    }
                }), "end-early-confirm"));
        return dialog;
    }

    private void attach(Upload upload, String fileName, byte[] content) {
        CaseChange result = writing.attach(caseNumber, fileName, content, staff());
        if (result instanceof CaseChange.Invalid invalid) {
            Uploads.refuse(upload, fileName, invalid.problems().get(0).messageKey(), writing.limit());
        } else if (result instanceof CaseChange.NotAllowed refused) {
            Uploads.refuse(upload, fileName, refused.messageKey(), writing.limit());
        } else {
            handled(result);
        }
    }

    /** As {@link #handled(CaseChange)}, and a problem with one of {@code fields} is also marked on it. */
    private boolean handled(CaseChange result, Map<String, HasValidation> fields) {
        if (result instanceof CaseChange.Invalid invalid) {
            fields.values().forEach(f -> f.setInvalid(false));
            invalid.problems().stream().filter(p -> fields.containsKey(p.field())).forEach(p -> {
                fields.get(p.field()).setErrorMessage(getTranslation(p.messageKey()));
                fields.get(p.field()).setInvalid(true);
            });
        }
        return handled(result);
    }

    private boolean handled(CaseChange result) {
        if (result instanceof CaseChange.Done) {
            Notices.success(getTranslation("case.changed"));
            // the same opening drawn again after the user's own change: not another audited read
            render(reading.reread(caseNumber, staff()));
            return true;
        }
        if (result instanceof CaseChange.Invalid invalid) {
            Notices.error(invalid.problems().stream().map(p -> getTranslation("form." + p.field()) + ": "
                    + getTranslation(p.messageKey())).reduce((a, b) -> a + " " + b).orElse(""));
        } else if (result instanceof CaseChange.NotAllowed refused) {
            Notices.error(getTranslation(refused.messageKey()));
        }
        return false;
    }

    /** Asked at each use: a renewed sign-in may have brought other roles or units since the view was opened. */
    private Staff staff() {
        return currentStaff.get();
    }
}
