package id.serasi.ui.whistleblowing;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.whistleblowing.ReadingReport;
import jakarta.annotation.security.RolesAllowed;

/** Whistleblowing reports: all of them for the investigation lead, an investigator's own for an investigator. */
@Route(value = "laporan-wbs", layout = MainLayout.class)
@PageTitle("Laporan WBS · Serasi")
@RolesAllowed({"investigator", "investigation-lead"})
public class ReportsView extends VerticalLayout {

    public ReportsView(ReadingReport reading, StaffDirectory directory, CurrentStaff currentStaff) {
        Staff staff = currentStaff.get();
        Grid<ReadingReport.ReportRow> grid = new Grid<>();
        grid.setId("report-grid");
        grid.addComponentColumn(r -> new RouterLink(r.reportNumber(), ReportView.class, ReportView.parameters(r.reportNumber())))
                .setHeader(getTranslation("reports.number")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.ReportCategory." + r.category())).setHeader(getTranslation("form.category"));
        grid.addColumn(r -> getTranslation("enum.ReportStatus." + r.status())).setHeader(getTranslation("reports.status"));
        grid.addColumn(r -> r.severity() == null ? "" : getTranslation("enum.Severity." + r.severity()))
                .setHeader(getTranslation("form.severity"));
        grid.addColumn(r -> r.currentTask() == null ? "" : r.currentTask()).setHeader(getTranslation("reports.currentTask"));
        grid.addColumn(r -> directory.displayName(r.investigator())).setHeader(getTranslation("form.investigator"));
        grid.addComponentColumn(r -> {
            Span late = new Span(r.overdue() ? getTranslation("reports.overdue") : "");
            if (r.overdue()) {
                late.getElement().getThemeList().add("badge error");
            }
            return late;
        }).setHeader(getTranslation("reports.deadline"));
        grid.addColumn(r -> Formats.date(r.receivedAt(), getLocale())).setHeader(getTranslation("reports.received"));
        grid.setItems(reading.list(staff));
        grid.setAllRowsVisible(true);
        RouterLink enter = new RouterLink(getTranslation("report.new"), StaffReportFormView.class);
        enter.setId("new-report");
        add(new H2(getTranslation("reports.title")), new Paragraph(getTranslation("reports.confidential")), enter, grid);
    }
}
