package id.serasi.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.ReadingCase;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.AssigningTask;
import id.serasi.tasks.Assignment;
import id.serasi.tasks.Workload;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.ui.atensi.CaseView;
import jakarta.annotation.security.RolesAllowed;

/** The supervisor's workspace: caseloads per worker, unclaimed and overdue work, approvals waiting, missed deadlines. */
@Route(value = "supervisi", layout = MainLayout.class)
@PageTitle("Serasi")
@RolesAllowed("supervisor")
public class SupervisionView extends VerticalLayout {

    private final transient Workload workload;
    private final transient AssigningTask assigning;
    private final transient ReadingCase reading;
    private final transient StaffDirectory directory;
    private final CurrentStaff currentStaff;

    public SupervisionView(Workload workload, AssigningTask assigning, ReadingCase reading, StaffDirectory directory,
                           CurrentStaff currentStaff) {
        this.workload = workload;
        this.assigning = assigning;
        this.reading = reading;
        this.directory = directory;
        this.currentStaff = currentStaff;
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("nav.supervision")));
        for (Workload.UnitLoad unit : workload.of(staff())) {
            add(new H3(unit.unitCode()));
            add(new HorizontalLayout(figure("supervision.unclaimed", unit.unclaimed()),
                    figure("supervision.overdue", unit.overdue()), figure("supervision.approvals", unit.approvalsWaiting())));
            add(workers(unit));
        }
        add(new H3(getTranslation("case.section.escalations")), escalations());
    }

    private Span figure(String key, long value) {
        Span span = new Span(getTranslation(key) + ": " + value);
        span.getElement().getThemeList().add(value > 0 && key.endsWith("overdue") ? "badge error" : "badge");
        return span;
    }

    private Grid<Workload.WorkerLoad> workers(Workload.UnitLoad unit) {
        Grid<Workload.WorkerLoad> grid = new Grid<>();
        grid.addColumn(Workload.WorkerLoad::displayName).setHeader(getTranslation("supervision.worker")).setAutoWidth(true);
        grid.addColumn(Workload.WorkerLoad::openTasks).setHeader(getTranslation("supervision.openTasks"));
        grid.addColumn(Workload.WorkerLoad::overdueTasks).setHeader(getTranslation("supervision.overdue"));
        grid.addColumn(Workload.WorkerLoad::openCases).setHeader(getTranslation("supervision.openCases"));
        grid.addComponentColumn(worker -> {
            Button handOver = new Button(getTranslation("supervision.handOver"), e -> handOverDialog(unit.unitCode(), worker).open());
            handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            handOver.setEnabled(worker.openTasks() > 0 || worker.openCases() > 0);
            handOver.setId("hand-over-" + worker.username());
            return handOver;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(unit.workers());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Dialog handOverDialog(String unitCode, Workload.WorkerLoad from) {
        Dialog dialog = new Dialog(getTranslation("supervision.handOver") + ": " + from.displayName());
        ComboBox<Staff> to = new ComboBox<>(getTranslation("tasks.assign.to"));
        to.setItems(directory.staffOf(unitCode, Role.SOCIAL_WORKER).stream()
                .filter(s -> !s.username().equals(from.username())).toList());
        to.setItemLabelGenerator(Staff::displayName);
        to.setId("hand-over-to");
        dialog.add(to);
        Button confirm = new Button(getTranslation("supervision.handOver"), e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            Assignment result = assigning.handOver(from.username(), to.getValue().username(), unitCode, staff());
            if (result instanceof Assignment.Assigned moved) {
                Notices.success(getTranslation("assign.done", moved.tasks(), moved.skipped()));
            } else if (result instanceof Assignment.NotAllowed refused) {
                Notices.error(getTranslation(refused.messageKey()));
            }
            dialog.close();
            render();
        });
        confirm.setId("hand-over-confirm");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }

    private Grid<ReadingCase.OpenEscalation> escalations() {
        Grid<ReadingCase.OpenEscalation> grid = new Grid<>();
        grid.addComponentColumn(e -> new RouterLink(e.caseNumber(), CaseView.class, CaseView.parameters(e.caseNumber())))
                .setHeader(getTranslation("tasks.case")).setAutoWidth(true);
        grid.addColumn(ReadingCase.OpenEscalation::beneficiary).setHeader(getTranslation("tasks.beneficiary"));
        grid.addColumn(ReadingCase.OpenEscalation::taskName).setHeader(getTranslation("tasks.task"));
        grid.addColumn(e -> Formats.date(e.dueAt(), getLocale())).setHeader(getTranslation("tasks.due"));
        grid.addColumn(ReadingCase.OpenEscalation::unitCode).setHeader(getTranslation("tasks.unit"));
        grid.setItems(reading.openEscalations(staff()));
        grid.setEmptyStateText(getTranslation("case.none"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Asked at each use: a renewed sign-in may have brought other roles or units since the view was opened. */
    private Staff staff() {
        return currentStaff.get();
    }
}
