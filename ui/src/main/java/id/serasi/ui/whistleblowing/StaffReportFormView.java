package id.serasi.ui.whistleblowing;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.ui.MainLayout;
import id.serasi.ui.portal.ReportFormView;
import id.serasi.unit.UnitRepository;
import id.serasi.whistleblowing.EvidenceFile;
import id.serasi.whistleblowing.EvidenceIntake;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.ReportChannel;
import id.serasi.whistleblowing.ReportDetails;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;

/**
 * The investigation team enters a report that came by the 171 call centre or by letter: the portal's form with the
 * channel; the receipt code is shown once, to be passed on to the reporter.
 */
@Route(value = "laporan-wbs/baru", layout = MainLayout.class)
@PageTitle("Laporan WBS · Serasi")
@RolesAllowed({"investigator", "investigation-lead"})
public class StaffReportFormView extends ReportFormView {

    private final RadioButtonGroup<ReportChannel> channel = new RadioButtonGroup<>();
    private final CurrentStaff currentStaff;

    public StaffReportFormView(FilingReport filing, EvidenceIntake intake, UnitRepository units,
                               CurrentStaff currentStaff) {
        super(filing, intake, units, "report.new", "report.new.intro");
        this.currentStaff = currentStaff;
        channel.setLabel(getTranslation("form.channel"));
        channel.setId("field-channel");
        channel.setItems(EnumSet.of(ReportChannel.CALL_CENTRE, ReportChannel.LETTER));
        channel.setItemLabelGenerator(c -> getTranslation("enum.ReportChannel." + c.name()));
        addFirst(channel);
    }

    @Override
    protected Filing send(ReportDetails details, List<EvidenceFile> files) {
        channel.setInvalid(false);
        return filing.fileOnBehalf(staff(), channel.getValue(), details, files);
    }

    @Override
    protected void otherProblem(String field, String message) {
        if ("channel".equals(field)) {
            invalid(channel, message);
        } else {
            super.otherProblem(field, message);
        }
    }

    /** Asked at each use: a renewed sign-in may have brought other roles or units since the view was opened. */
    private Staff staff() {
        return currentStaff.get();
    }
}
