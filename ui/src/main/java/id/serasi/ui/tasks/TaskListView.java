package id.serasi.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.Claim;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.TaskPage;
import id.serasi.tasks.TaskRow;
import id.serasi.ui.Formats;
import id.serasi.ui.Notices;
import id.serasi.ui.atensi.CaseView;

/** A page-by-page task list: only the visible rows are fetched, with their cases in one query. */
abstract class TaskListView extends VerticalLayout {

    /** Which list: {@code ListingTasks::mine} or {@code ListingTasks::myUnits}. */
    interface Pager {
        TaskPage<TaskRow> page(Staff staff, int offset, int limit);
    }

    private final Staff staff;
    private final transient ClaimingTask claiming;
    private final transient StaffDirectory directory;
    private final transient Pager pager;
    private final Grid<TaskRow> grid = new Grid<>();

    TaskListView(String titleKey, Staff staff, ClaimingTask claiming, StaffDirectory directory, Pager pager) {
        this.staff = staff;
        this.claiming = claiming;
        this.directory = directory;
        this.pager = pager;
        setSizeFull();
        add(new H2(getTranslation(titleKey)));
        configureGrid();
        add(grid);
    }

    private TaskPage<TaskRow> page(int offset, int limit) {
        return pager.page(staff, offset, limit);
    }

    private void configureGrid() {
        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> row.subject() == null ? new Span()
                : new RouterLink(row.subject().caseNumber(), CaseView.class, CaseView.parameters(row.subject().caseNumber())))
                .setHeader(getTranslation("tasks.case")).setAutoWidth(true);
        grid.addColumn(row -> row.subject() == null ? "" : row.subject().beneficiaryName())
                .setHeader(getTranslation("tasks.beneficiary")).setAutoWidth(true);
        grid.addColumn(row -> row.task().name()).setHeader(getTranslation("tasks.task")).setAutoWidth(true);
        grid.addColumn(row -> row.subject() == null ? "" : getTranslation("enum.Stage." + row.subject().stage()))
                .setHeader(getTranslation("tasks.stage"));
        grid.addColumn(row -> row.subject() == null || row.subject().priority() == null ? ""
                : getTranslation("enum.Priority." + row.subject().priority())).setHeader(getTranslation("tasks.priority"));
        grid.addComponentColumn(row -> {
            Span due = new Span(Formats.date(row.task().due(), getLocale()));
            if (row.overdue()) {
                due.setText(due.getText() + " · " + getTranslation("tasks.overdue"));
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("tasks.due")).setAutoWidth(true);
        grid.addColumn(row -> directory.displayName(row.task().assignee())).setHeader(getTranslation("tasks.assignee"));
        grid.addColumn(row -> row.subject() == null ? "" : row.subject().unitCode()).setHeader(getTranslation("tasks.unit"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("tasks.actions")).setAutoWidth(true);
        grid.setItems(query -> page(query.getOffset(), query.getLimit()).rows().stream(),
                query -> (int) page(0, 0).total());
        grid.setEmptyStateText(getTranslation("tasks.empty"));
    }

    private HorizontalLayout actions(TaskRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        String assignee = row.task().assignee();
        if (assignee == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> claim(row));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + row.task().id());
            actions.add(claim);
        } else if (assignee.equals(staff.username())) {
            Button open = new Button(getTranslation("tasks.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, TaskView.parameters(row.task().id()))));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            open.setId("open-" + row.task().id());
            Button unclaim = new Button(getTranslation("tasks.unclaim"), e -> unclaim(row));
            unclaim.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(open, unclaim);
        }
        return actions;
    }

    private void claim(TaskRow row) {
        Claim result = claiming.claim(row.task().id(), staff);
        if (result instanceof Claim.Done) {
            getUI().ifPresent(ui -> ui.navigate(TaskView.class, TaskView.parameters(row.task().id())));
            return;
        }
        tellAbout(result);
        grid.getDataProvider().refreshAll();
    }

    private void unclaim(TaskRow row) {
        Claim result = claiming.unclaim(row.task().id(), staff);
        if (!(result instanceof Claim.Done)) {
            tellAbout(result);
        }
        grid.getDataProvider().refreshAll();
    }

    private void tellAbout(Claim result) {
        if (result instanceof Claim.AlreadyClaimed taken) {
            Notices.warning(getTranslation("task.alreadyClaimed", directory.displayName(taken.holder())));
        } else if (result instanceof Claim.Gone) {
            Notices.warning(getTranslation("task.gone"));
        } else if (result instanceof Claim.NotOffered) {
            Notices.error(getTranslation("task.notOffered"));
        }
    }
}
