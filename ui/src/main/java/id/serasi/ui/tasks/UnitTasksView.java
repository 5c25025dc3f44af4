package id.serasi.ui.tasks;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.serasi.security.CurrentStaff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskPage;
import id.serasi.tasks.TaskRow;
import id.serasi.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Open tasks offered to my roles in my units, claimed or not. */
@Route(value = "tugas-unit", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class UnitTasksView extends TaskListView {

    private final transient ListingTasks listing;

    public UnitTasksView(CurrentStaff staff, ClaimingTask claiming, StaffDirectory directory, ListingTasks listing) {
        super(staff.get(), claiming, directory);
        this.listing = listing;
    }

    @Override
    String titleKey() {
        return "nav.unitTasks";
    }

    @Override
    TaskPage<TaskRow> page(int offset, int limit) {
        return listing.myUnits(staff, offset, limit);
    }
}
