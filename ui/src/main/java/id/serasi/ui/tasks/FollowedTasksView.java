package id.serasi.ui.tasks;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.serasi.security.CurrentStaff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.AssigningTask;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.SavedFilters;
import id.serasi.ui.MainLayout;
import id.serasi.unit.UnitZones;
import jakarta.annotation.security.PermitAll;

/** Open tasks of the cases I manage that others hold or nobody has claimed yet. */
@Route(value = "tugas-diikuti", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class FollowedTasksView extends TaskListView {

    public FollowedTasksView(CurrentStaff staff, ClaimingTask claiming, AssigningTask assigning, StaffDirectory directory,
                       SavedFilters saved, UnitZones zones, ListingTasks listing) {
        super("nav.followedTasks", staff.get(), new Services(claiming, assigning, directory, saved, zones), listing::followed);
    }
}
