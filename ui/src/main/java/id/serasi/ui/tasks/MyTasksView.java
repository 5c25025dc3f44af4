package id.serasi.ui.tasks;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.serasi.security.CurrentStaff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.AssigningTask;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.SavedFilters;
import id.serasi.ui.MainLayout;
import id.serasi.unit.UnitZones;
import jakarta.annotation.security.PermitAll;

/** Tasks I hold. */
@Route(value = "tugas-saya", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class MyTasksView extends TaskListView {

    public MyTasksView(CurrentStaff staff, ClaimingTask claiming, AssigningTask assigning, StaffDirectory directory,
                       SavedFilters saved, UnitZones zones, ListingTasks listing) {
        super("nav.myTasks", staff.get(), new Services(claiming, assigning, directory, saved, zones), listing::mine);
    }
}
