package id.serasi.ui.tasks;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.AssigningTask;
import id.serasi.tasks.Assignment;
import id.serasi.tasks.Claim;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.SavedFilters;
import id.serasi.tasks.TaskFilter;
import id.serasi.tasks.TaskPage;
import id.serasi.tasks.TaskRow;
import id.serasi.ui.Formats;
import id.serasi.ui.Notices;
import id.serasi.unit.UnitZones;
import id.serasi.ui.atensi.CaseView;
import java.util.List;

/**
 * A page-by-page task list: each page is one query for the visible rows with their cases. The list refreshes on the
 * layout's poll, keeping its filters, so a colleague's claim or completion shows up without reloading.
 */
abstract class TaskListView extends VerticalLayout {

    /** Which list: {@code ListingTasks::mine} or {@code ListingTasks::myUnits}. */
    interface Pager {
        TaskPage<TaskRow> page(Staff staff, TaskFilter filter, int offset, int limit);
    }

    private final Staff staff;
    private final transient ClaimingTask claiming;
    private final transient AssigningTask assigning;
    private final transient StaffDirectory directory;
    private final transient Pager pager;
    private final transient UnitZones zones;
    private final TaskFilterBar filters;
    private final Grid<TaskRow> grid = new Grid<>();
    private Registration polling;

    TaskListView(String titleKey, Staff staff, Services services, Pager pager) {
        this.staff = staff;
        this.claiming = services.claiming();
        this.assigning = services.assigning();
        this.directory = services.directory();
        this.pager = pager;
        this.zones = services.zones();
        this.filters = new TaskFilterBar(services.savedFilters(), staff);
        setSizeFull();
        filters.addChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid();
        add(new H2(getTranslation(titleKey)), filters, grid);
    }

    /** What every task list needs, in one parameter. */
    record Services(ClaimingTask claiming, AssigningTask assigning, StaffDirectory directory, SavedFilters savedFilters,
                    UnitZones zones) {
    }

    private TaskPage<TaskRow> page(List<QuerySortOrder> sortOrders, int offset, int limit) {
        if (!sortOrders.isEmpty()) {
            QuerySortOrder order = sortOrders.get(0);
            filters.sortBy(TaskFilter.Sort.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING);
        }
        return pager.page(staff, filters.filter(), offset, limit);
    }

    private void configureGrid() {
        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> new RouterLink(row.subject().caseNumber(), CaseView.class,
                        CaseView.parameters(row.subject().caseNumber())))
                .setHeader(getTranslation("tasks.case")).setAutoWidth(true).setSortProperty("CASE_NUMBER");
        grid.addColumn(row -> row.subject().beneficiaryName()).setHeader(getTranslation("tasks.beneficiary"))
                .setAutoWidth(true).setSortProperty("BENEFICIARY");
        grid.addColumn(row -> row.task().name()).setHeader(getTranslation("tasks.task")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("enum.Stage." + row.subject().stage()))
                .setHeader(getTranslation("tasks.stage")).setSortProperty("STAGE");
        grid.addColumn(row -> row.subject().priority() == null ? "" : getTranslation("enum.Priority." + row.subject().priority()))
                .setHeader(getTranslation("tasks.priority")).setSortProperty("PRIORITY");
        grid.addComponentColumn(row -> {
            Span due = new Span(Formats.date(row.task().due(), getLocale(), zones.of(row.subject().unitCode())));
            if (row.overdue()) {
                due.setText(due.getText() + " · " + getTranslation("tasks.overdue"));
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("tasks.due")).setAutoWidth(true).setSortProperty("DUE");
        grid.addColumn(row -> directory.displayName(row.task().assignee())).setHeader(getTranslation("tasks.assignee"));
        grid.addColumn(row -> row.subject().unitCode()).setHeader(getTranslation("tasks.unit"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("tasks.actions")).setKey("actions").setWidth("17em")
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setMultiSort(false);
        grid.setItems(query -> page(query.getSortOrders(), query.getOffset(), query.getLimit()).rows().stream(),
                query -> (int) page(query.getSortOrders(), 0, 0).total());
        grid.setEmptyStateText(getTranslation("tasks.empty"));
    }

    private HorizontalLayout actions(TaskRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
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
        if (staff.has(Role.SUPERVISOR) && staff.belongsTo(row.subject().unitCode())) {
            Button assign = new Button(getTranslation("tasks.assign"), e -> assignDialog(row).open());
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            assign.setId("assign-" + row.task().id());
            actions.add(assign);
        }
        return actions;
    }

    private Dialog assignDialog(TaskRow row) {
        Dialog dialog = new Dialog(getTranslation("tasks.assign") + ": " + row.task().name());
        ComboBox<Staff> to = new ComboBox<>(getTranslation("tasks.assign.to"));
        to.setItems(directory.staffOf(row.subject().unitCode(), Role.SOCIAL_WORKER).stream()
                .filter(s -> !s.username().equals(row.task().assignee())).toList());
        to.setItemLabelGenerator(Staff::displayName);
        dialog.add(to);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()),
                new Button(getTranslation("tasks.assign"), e -> {
                    if (to.getValue() == null) {
                        to.setErrorMessage(getTranslation("validation.required"));
                        to.setInvalid(true);
                        return;
                    }
                    Assignment result = assigning.assign(row.task().id(), to.getValue().username(), staff);
                    if (result instanceof Assignment.Assigned) {
                        Notices.success(getTranslation("tasks.assign.done", to.getValue().displayName()));
                    } else if (result instanceof Assignment.NotAllowed refused) {
                        Notices.error(getTranslation(refused.messageKey()));
                    } else {
                        Notices.warning(getTranslation("task.gone"));
                    }
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                }));
        return dialog;
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

    /** The layout polls; each poll refreshes the visible page with the same filters. */
    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
    }
}
