package id.serasi.ui.whistleblowing;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.Intake;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.security.CurrentStaff;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.ui.atensi.RegistrationView;
import id.serasi.unit.Unit;
import id.serasi.unit.UnitRepository;
import id.serasi.whistleblowing.HandlingReport;
import jakarta.annotation.security.RolesAllowed;

/**
 * A protective ATENSI case opened from a report about harm to a beneficiary: the registration form, in any unit,
 * registered as a referral from the Inspectorate. The problem text is the investigator's own words; the report and
 * the reporter stay out of it.
 */
@Route(value = "laporan-wbs/:number/perlindungan", layout = MainLayout.class)
@PageTitle("Kasus perlindungan · Serasi")
@RolesAllowed({"investigator", "investigation-lead"})
public class ProtectiveCaseView extends RegistrationView implements BeforeEnterObserver {

    private final transient HandlingReport handling;
    private String number;

    public ProtectiveCaseView(RegisteringCase registering, HandlingReport handling, UnitRepository units,
                              CurrentStaff currentStaff) {
        super(registering, currentStaff, "report.view.protectiveCase",
                units.findAll().stream().map(Unit::getCode).sorted().toList());
        this.handling = handling;
    }

    public static RouteParameters parameters(String reportNumber) {
        return new RouteParameters("number", reportNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        if (!handling.mayOpenProtectiveCase(number, currentStaff.get())) {
            // a report the person may not read, or one already closed: the form is never offered
            removeAll();
            Paragraph notFound = new Paragraph(getTranslation("report.view.notFound"));
            notFound.setId("report-not-found");
            add(new H2(getTranslation("report.view.notFound.title")), notFound,
                    new RouterLink(getTranslation("nav.reports"), ReportsView.class));
        }
    }

    @Override
    protected boolean inOwnUnits() {
        return false;
    }

    @Override
    protected Registration send(BeneficiaryDetails person, Intake intake, String unitCode, boolean confirmedNotDuplicate) {
        return handling.openProtectiveCase(number, person, intake, unitCode, confirmedNotDuplicate, currentStaff.get());
    }

    @Override
    protected void registered(String caseNumber) {
        Notices.success(getTranslation("report.view.protectiveCase.done", caseNumber));
        getUI().ifPresent(ui -> ui.navigate(ReportView.class, ReportView.parameters(number)));
    }
}
