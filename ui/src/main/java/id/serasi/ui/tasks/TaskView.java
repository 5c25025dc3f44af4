package id.serasi.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.CompletingAtensiTask;
import id.serasi.atensi.KeepingDrafts;
import id.serasi.atensi.ReadingCase;
import id.serasi.atensi.TaskContext;
import id.serasi.atensi.TaskInput;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.Claim;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.Completion;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.unit.UnitZones;
import id.serasi.ui.atensi.CaseSections;
import id.serasi.ui.atensi.CaseView;
import id.serasi.ui.atensi.forms.PlanForm;
import id.serasi.ui.atensi.forms.TaskForm;
import id.serasi.ui.atensi.forms.TaskForms;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** One task: what it is about, what the decision needs to see, and its form. */
@Route(value = "tugas/:taskId", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ReadingCase reading;
    private final transient ClaimingTask claiming;
    private final transient CompletingAtensiTask completing;
    private final transient StaffDirectory directory;
    private final transient KeepingDrafts drafts;
    private final transient UnitZones zones;
    private final CurrentStaff currentStaff;
    private String taskId;

    public TaskView(ReadingCase reading, ClaimingTask claiming, CompletingAtensiTask completing,
                    StaffDirectory directory, KeepingDrafts drafts, UnitZones zones, CurrentStaff currentStaff) {
        this.drafts = drafts;
        this.zones = zones;
        this.reading = reading;
        this.claiming = claiming;
        this.completing = completing;
        this.directory = directory;
        this.currentStaff = currentStaff;
        setMaxWidth("72em");
    }

    public static RouteParameters parameters(String taskId) {
        return new RouteParameters("taskId", taskId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        render(reading.openTask(taskId, staff()));
    }

    private void render(Optional<TaskContext> found) {
        removeAll();
        if (found.isEmpty()) {
            add(new H2(getTranslation("task.view.notFound.title")), new Paragraph(getTranslation("task.view.notFound")),
                    new RouterLink(getTranslation("nav.myTasks"), MyTasksView.class));
            return;
        }
        TaskContext context = found.get();
        var c = context.file().atensiCase();
        add(new H2(context.task().name()));
        Span due = new Span(getTranslation("tasks.due") + ": " + Formats.date(context.task().due(), getLocale(),
                zones.of(c.getUnitCode())));
        add(new HorizontalLayout(new RouterLink(c.getCaseNumber(), CaseView.class, CaseView.parameters(c.getCaseNumber())),
                new Span(c.getBeneficiary().getFullName()), new Span(getTranslation("enum.Stage." + c.getStage())), due));
        if (context.serviceForm() != null) {
            add(new Paragraph(getTranslation("task.view.serviceForm") + ": "
                    + getTranslation("enum.ServiceForm." + context.serviceForm())));
        }
        add(new CaseSections(context.file(), directory, zones.of(c.getUnitCode())).forTask(context.task().formKey()));
        String holder = context.task().assignee();
        if (holder == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> claim());
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim");
            add(new Paragraph(getTranslation("task.view.claimFirst")), claim);
        } else if (!holder.equals(staff().username())) {
            add(new Paragraph(getTranslation("task.alreadyClaimed", directory.displayName(holder))));
        } else {
            TaskForms.forKey(context.task().formKey()).ifPresentOrElse(form -> showForm(form, context),
                    () -> add(new Paragraph(getTranslation("task.view.noForm"))));
        }
    }

    private void claim() {
        Claim result = claiming.claim(taskId, staff());
        if (result instanceof Claim.AlreadyClaimed taken) {
            Notices.warning(getTranslation("task.alreadyClaimed", directory.displayName(taken.holder())));
        } else if (result instanceof Claim.Gone) {
            Notices.warning(getTranslation("task.gone"));
        }
        // the same opening drawn again after the user's own claim: not another audited read of the case file
        render(reading.task(taskId, staff()));
    }

    private void showForm(TaskForm<TaskInput> form, TaskContext context) {
        var draft = drafts.of(taskId, staff());
        if (draft.isPresent()) {
            form.fill(draft.get().input());
            add(new Paragraph(getTranslation("task.view.draftRestored",
                    Formats.dateTime(draft.get().savedAt(), getLocale()))));
        } else if (form instanceof PlanForm plan && context.file().latestPlan() != null) {
            plan.startFrom(context.file().latestPlan());
        }
        Button complete = new Button(getTranslation("task.view.complete"), e -> complete(form));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete");
        Button saveDraft = new Button(getTranslation("task.view.saveDraft"), e -> saveDraft(form));
        saveDraft.setId("save-draft");
        Button giveBack = new Button(getTranslation("tasks.unclaim"), e -> {
            claiming.unclaim(taskId, staff());
            getUI().ifPresent(ui -> ui.navigate(UnitTasksView.class));
        });
        giveBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, new HorizontalLayout(complete, saveDraft, giveBack));
    }

    private void saveDraft(TaskForm<TaskInput> form) {
        KeepingDrafts.Saving result = drafts.save(taskId, form.read(), staff());
        if (result instanceof KeepingDrafts.Saving.Saved) {
            form.show(List.of());
            Notices.success(getTranslation("task.view.draftSaved"));
        } else if (result instanceof KeepingDrafts.Saving.TooLong tooLong) {
            form.show(tooLong.problems());
            Notices.error(tooLong.problems().stream().filter(p -> p.field().equals("draft")).findFirst()
                    .map(p -> getTranslation(p.messageKey())).orElse(getTranslation("form.fixMarked")));
        } else {
            Notices.warning(getTranslation("task.gone"));
        }
    }

    private void complete(TaskForm<TaskInput> form) {
        Completion result = completing.complete(taskId, form.read(), staff());
        if (result instanceof Completion.Completed done) {
            Notices.success(getTranslation("task.view.completed", done.subjectNumber()));
            getUI().ifPresent(ui -> ui.navigate(MyTasksView.class));
        } else if (result instanceof Completion.Invalid invalid) {
            form.show(invalid.problems());
            Notices.error(getTranslation("form.fixMarked"));
        } else if (result instanceof Completion.Refused refused) {
            Notices.error(getTranslation(refused.messageKey()));
        } else {
            Notices.warning(getTranslation("task.gone"));
            add(new Paragraph(getTranslation("task.view.goneKeepsInput")));
        }
    }

    /** Asked at each use: a renewed sign-in may have brought other roles or units since the view was opened. */
    private Staff staff() {
        return currentStaff.get();
    }
}
