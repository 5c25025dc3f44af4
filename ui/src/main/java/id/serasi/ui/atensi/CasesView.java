package id.serasi.ui.atensi;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.ReadingCase;
import id.serasi.atensi.Stage;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;

/** The cases of my units, newest first, page by page, narrowed by stage. */
@Route(value = "kasus", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class CasesView extends VerticalLayout {

    private final transient ReadingCase reading;
    private final CurrentStaff currentStaff;
    private final Grid<AtensiCase> grid = new Grid<>();
    private final ComboBox<Stage> stage = new ComboBox<>();

    public CasesView(ReadingCase reading, CurrentStaff currentStaff) {
        this.reading = reading;
        this.currentStaff = currentStaff;
        setSizeFull();
        stage.setLabel(getTranslation("tasks.stage"));
        stage.setItems(EnumSet.allOf(Stage.class));
        stage.setItemLabelGenerator(s -> getTranslation("enum.Stage." + s));
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid();
        add(new H2(getTranslation("nav.cases")), stage, grid);
    }

    private void configureGrid() {
        grid.setId("case-grid");
        grid.addComponentColumn(c -> new RouterLink(c.getCaseNumber(), CaseView.class, CaseView.parameters(c.getCaseNumber())))
                .setHeader(getTranslation("tasks.case")).setAutoWidth(true);
        grid.addColumn(c -> c.getBeneficiary().getFullName()).setHeader(getTranslation("tasks.beneficiary")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("enum.Stage." + c.getStage())).setHeader(getTranslation("tasks.stage"));
        grid.addColumn(c -> getTranslation("enum.TargetGroup." + c.getTargetGroup())).setHeader(getTranslation("form.targetGroup"));
        grid.addColumn(c -> c.getPriority() == null ? "" : getTranslation("enum.Priority." + c.getPriority()))
                .setHeader(getTranslation("tasks.priority"));
        grid.addColumn(AtensiCase::getUnitCode).setHeader(getTranslation("tasks.unit"));
        grid.addColumn(c -> Formats.date(c.getOpenedAt(), getLocale())).setHeader(getTranslation("case.opened"));
        grid.setItems(query -> reading.ofMyUnits(staff(), stage.getValue(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) reading.ofMyUnits(staff(), stage.getValue(), 0, 1).getTotalElements());
    }

    /** Asked at each use: a renewed sign-in may have brought other roles or units since the view was opened. */
    private Staff staff() {
        return currentStaff.get();
    }
}
