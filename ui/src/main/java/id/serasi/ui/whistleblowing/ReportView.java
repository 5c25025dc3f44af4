package id.serasi.ui.whistleblowing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.Completion;
import id.serasi.tasks.TaskInfo;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import id.serasi.ui.atensi.forms.TaskForm;
import id.serasi.ui.portal.EvidenceUpload;
import id.serasi.unit.UnitRepository;
import id.serasi.whistleblowing.EvidenceIntake;
import id.serasi.whistleblowing.HandlingReport;
import id.serasi.whistleblowing.MessageKind;
import id.serasi.whistleblowing.ReadingReport;
import id.serasi.whistleblowing.Report;
import id.serasi.whistleblowing.ReportInput;
import id.serasi.whistleblowing.ReportLimits;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One report for the lead or its investigator: what was reported, questions and answers, evidence, notes, and the
 * current task's form when it is theirs. Opening it (navigating to it) is a read written to the audit trail, once:
 * drawing it again after the user's own action is not; the reporter's identity is shown only to the lead, after a
 * stated reason.
 */
@Route(value = "laporan-wbs/:number", layout = MainLayout.class)
@PageTitle("Laporan WBS · Serasi")
@RolesAllowed({"investigator", "investigation-lead"})
public class ReportView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final transient ReadingReport reading;
    private final transient HandlingReport handling;
    private final transient EvidenceIntake intake;
    private final transient StaffDirectory directory;
    private final transient UnitRepository units;
    private final CurrentStaff currentStaff;
    private String number;

    public ReportView(ReadingReport reading, HandlingReport handling, EvidenceIntake intake, StaffDirectory directory,
                      UnitRepository units, CurrentStaff currentStaff) {
        this.reading = reading;
        this.handling = handling;
        this.intake = intake;
        this.directory = directory;
        this.units = units;
        this.currentStaff = currentStaff;
        setMaxWidth("72em");
    }

    public static RouteParameters parameters(String reportNumber) {
        return new RouteParameters("number", reportNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        render(reading.open(number, staff()));
    }

    /** After the user's own action: the same opening, drawn again, not another audited read. */
    private void redraw() {
        render(reading.reread(number, staff()));
    }

    private void render(Optional<ReadingReport.ReportFile> found) {
        removeAll();
        if (found.isEmpty()) {
            add(new H2(getTranslation("report.view.notFound.title")), new Paragraph(getTranslation("report.view.notFound")),
                    new RouterLink(getTranslation("nav.reports"), ReportsView.class));
            return;
        }
        ReadingReport.ReportFile file = found.get();
        Report report = file.report();
        Span status = new Span(getTranslation("enum.ReportStatus." + report.getStatus()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        add(new H2(report.getReportNumber()), new HorizontalLayout(status,
                new Span(getTranslation("enum.ReportCategory." + report.getCategory())),
                new Span(getTranslation("enum.ReportChannel." + report.getChannel())),
                new Span(Formats.dateTime(report.getReceivedAt(), getLocale(), JAKARTA))));
        add(what(report), identity(report));
        if (report.getStatus().isOpen()) {
            RouterLink protective = new RouterLink(getTranslation("report.view.protectiveCase"), ProtectiveCaseView.class,
                    ProtectiveCaseView.parameters(number));
            protective.setId("protective-case");
            add(protective);
        }
        file.currentTask().ifPresent(task -> add(task(task, report)));
        add(conversation(file), evidence(file), notes(file), history(file));
    }

    private Component what(Report report) {
        Div what = new Div();
        what.setId("report-content");
        what.add(new H3(getTranslation("report.view.what")));
        line(what, "form.what", report.getWhat());
        line(what, "form.who", report.getWho());
        line(what, "form.where", report.getWhere());
        line(what, "form.when", report.getWhen());
        line(what, "form.how", report.getHow());
        line(what, "form.reportedUnit", report.getReportedUnit() == null ? null
                : units.findById(report.getReportedUnit()).map(u -> u.getName()).orElse(report.getReportedUnit()));
        if (report.getSeverity() != null) {
            line(what, "form.severity", getTranslation("enum.Severity." + report.getSeverity()));
        }
        line(what, "form.findings", report.getFindings());
        if (report.getConclusion() != null) {
            line(what, "form.conclusion", getTranslation("enum.Conclusion." + report.getConclusion()));
            line(what, "form.reasons", report.getConclusionReasons());
            line(what, "form.recommendation", report.getRecommendation());
        }
        line(what, "form.followUp", report.getFollowUp());
        line(what, "form.outcomeForReporter", report.getOutcomeForReporter());
        line(what, "form.routeToUnit", report.getRoutedUnit());
        line(what, "form.complaintSummary", report.getComplaintSummary());
        return what;
    }

    private void line(Div into, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph p = new Paragraph();
            String text = getTranslation(labelKey);
            Span label = new Span(text.endsWith("?") ? text + " " : text + ": ");
            label.getStyle().set("font-weight", "600");
            p.add(label, new Span(value));
            into.add(p);
        }
    }

    /** Anonymous, or named and shown to the lead alone after a reason that is logged. */
    private Component identity(Report report) {
        if (report.isAnonymous()) {
            return new Paragraph(getTranslation("report.view.anonymous"));
        }
        if (!staff().has(Role.INVESTIGATION_LEAD)) {
            return new Paragraph(getTranslation("report.view.namedHidden"));
        }
        Button reveal = new Button(getTranslation("report.view.reveal"), e -> askReason());
        reveal.setId("reveal-identity");
        return new HorizontalLayout(new Paragraph(getTranslation("report.view.namedHidden")), reveal);
    }

    private void askReason() {
        Dialog dialog = new Dialog(getTranslation("report.view.reveal"));
        TextArea reason = new TextArea(getTranslation("form.revealReason"));
        reason.setId("field-revealReason");
        reason.setWidthFull();
        TextLimits.limit(reason, ReportLimits.REVEAL_REASON, getTranslation("form.revealReason.helper"));
        Button confirm = new Button(getTranslation("report.view.reveal.confirm"), e -> {
            var result = reading.revealReporter(number, reason.getValue(), staff());
            if (result instanceof ReadingReport.Reveal.Revealed revealed) {
                dialog.removeAll();
                Paragraph who = new Paragraph(revealed.reporter().name() + " · " + revealed.reporter().contact());
                who.setId("reporter-identity");
                dialog.add(who, new Paragraph(getTranslation("report.view.reveal.logged")));
                dialog.getFooter().removeAll();
                dialog.getFooter().add(new Button(getTranslation("common.close"), c -> dialog.close()));
            } else if (result instanceof ReadingReport.Reveal.ReasonNeeded) {
                reason.setErrorMessage(getTranslation("validation.revealReason"));
                reason.setInvalid(true);
            } else if (result instanceof ReadingReport.Reveal.ReasonTooLong) {
                reason.setErrorMessage(getTranslation(Problems.tooLong(ReportLimits.REVEAL_REASON)));
                reason.setInvalid(true);
            } else {
                dialog.close();
                Notices.error(getTranslation("report.view.reveal.notAllowed"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-reveal");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32em");
        dialog.open();
    }

    private Component task(TaskInfo task, Report report) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("report.view.task") + ": " + task.name()));
        if (task.due() != null) {
            box.add(new Paragraph(getTranslation("tasks.due") + ": " + Formats.date(task.due(), getLocale(), JAKARTA)));
        }
        if (!handling.mayAct(task, staff())) {
            box.add(new Paragraph(getTranslation("report.view.taskOfOther",
                    task.assignee() == null ? getTranslation("report.view.lead") : directory.displayName(task.assignee()))));
            return box;
        }
        List<Staff> investigators = "wbs-assignment".equals(task.formKey())
                ? handling.eligibleInvestigators(number, staff()) : List.of();
        Optional<TaskForm<ReportInput>> form = ReportForms.forKey(task.formKey(), investigators, units.findAll());
        if (form.isEmpty()) {
            box.add(new Paragraph(getTranslation("task.view.noForm")));
            return box;
        }
        if (form.get() instanceof ReportForms.Screening screening) {
            screening.startFrom(report.getCategory());
        }
        Button complete = new Button(getTranslation("task.view.complete"), e -> complete(form.get()));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete");
        box.add(form.get(), complete);
        return box;
    }

    private void complete(TaskForm<ReportInput> form) {
        Completion result = handling.complete(number, form.read(), staff());
        if (result instanceof Completion.Completed) {
            Notices.success(getTranslation("report.view.completed"));
            Optional<ReadingReport.ReportFile> still = reading.reread(number, staff());
            if (still.isPresent()) {
                render(still);
            } else {
                getUI().ifPresent(ui -> ui.navigate(ReportsView.class));
            }
        } else if (result instanceof Completion.Invalid invalid) {
            form.show(invalid.problems());
            Notices.error(getTranslation("form.fixMarked"));
        } else if (result instanceof Completion.Refused refused) {
            Notices.error(getTranslation(refused.messageKey()));
        } else {
            Notices.warning(getTranslation("task.gone"));
            redraw();
        }
    }

    private Component conversation(ReadingReport.ReportFile file) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("report.view.messages")));
        for (var message : file.messages()) {
            String who = message.kind() == MessageKind.QUESTION ? directory.displayName(message.author())
                    : getTranslation("report.view.reporter");
            box.add(new Paragraph(who + " · " + Formats.dateTime(message.createdAt(), getLocale(), JAKARTA) + ": "
                    + message.body()));
        }
        if (file.report().getStatus().isOpen()) {
            box.add(writer("ask-reporter", "form.question", "report.view.ask", text -> handling.askReporter(number, text, staff())));
        }
        return box;
    }

    private Component notes(ReadingReport.ReportFile file) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("report.view.notes")));
        for (var note : file.notes()) {
            box.add(new Paragraph(directory.displayName(note.author()) + " · "
                    + Formats.dateTime(note.createdAt(), getLocale(), JAKARTA) + ": " + note.body()));
        }
        if (file.report().getStatus().isOpen()) {
            box.add(writer("new-note", "form.note", "report.view.addNote", text -> handling.addNote(number, text, staff())));
        }
        return box;
    }

    private Component writer(String id, String labelKey, String buttonKey,
                             Function<String, Optional<List<FieldProblem>>> action) {
        TextArea text = TextLimits.limit(new TextArea(getTranslation(labelKey)), ReportLimits.REPORT_TEXT);
        text.setId(id);
        text.setWidthFull();
        Button send = new Button(getTranslation(buttonKey), e -> outcome(action.apply(text.getValue()), message -> {
            text.setErrorMessage(message);
            text.setInvalid(true);
        }));
        send.setId("send-" + id);
        return new VerticalLayout(text, send);
    }

    /** Saved, refused (shown by {@code problem}), or the report is no longer this user's to change. */
    private void outcome(Optional<List<FieldProblem>> problems, Consumer<String> problem) {
        if (problems.isEmpty()) {
            Notices.warning(getTranslation("report.view.notFound"));
        } else if (problems.get().isEmpty()) {
            Notices.success(getTranslation("report.view.saved"));
            redraw();
        } else {
            problem.accept(getTranslation(problems.get().get(0).messageKey()));
        }
    }

    private Component evidence(ReadingReport.ReportFile file) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("report.view.evidence")));
        for (var item : file.evidence()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> reading.download(number, item.id(), staff())
                    .map(d -> new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(),
                            d.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))), item.fileName());
            link.setTarget("_blank");
            String from = item.fromReporter() ? getTranslation("report.view.reporter") : directory.displayName(item.addedBy());
            box.add(new Paragraph(link, new Span(" · " + from + " · " + Formats.dateTime(item.addedAt(), getLocale(), JAKARTA))));
        }
        if (file.report().getStatus().isOpen()) {
            EvidenceUpload upload = new EvidenceUpload(intake);
            Button save = new Button(getTranslation("report.view.addEvidence"), e -> outcome(
                    handling.addEvidence(number, upload.files(), staff()),
                    message -> Notices.error(getTranslation("form.evidence") + ": " + message)));
            save.setId("add-evidence");
            box.add(upload, save);
        }
        return box;
    }

    private Component history(ReadingReport.ReportFile file) {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        for (var event : file.history()) {
            lines.add(new Span(Formats.dateTime(event.getOccurredAt(), getLocale(), JAKARTA) + " · "
                    + directory.displayName(event.getActor()) + " · " + getTranslation("audit." + event.getAction())
                    + (event.getDetails() == null ? "" : " · " + event.getDetails())));
        }
        for (var declaration : file.declarations()) {
            lines.add(new Span(directory.displayName(declaration.investigator()) + " · "
                    + getTranslation(declaration.conflictFree() ? "form.conflictFree.yes" : "form.conflictFree.no")
                    + (declaration.statement() == null ? "" : " · " + declaration.statement())));
        }
        return new Details(getTranslation("report.view.history"), lines);
    }


    /** Asked at each use: a renewed sign-in may have brought other roles or units since the view was opened. */
    private Staff staff() {
        return currentStaff.get();
    }
}
