package id.serasi.ui.tasks;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.serasi.security.CurrentStaff;
import id.serasi.security.StaffDirectory;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskPage;
import id.serasi.tasks.TaskRow;
import id.serasi.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Tasks I hold. */
@Route(value = "tugas-saya", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class MyTasksView extends TaskListView {

    private final transient ListingTasks listing;

    public MyTasksView(CurrentStaff staff, ClaimingTask claiming, StaffDirectory directory, ListingTasks listing) {
        super(staff.get(), claiming, directory);
        this.listing = listing;
    }

    @Override
    String titleKey() {
        return "nav.myTasks";
    }

    @Override
    TaskPage<TaskRow> page(int offset, int limit) {
        return listing.mine(staff, offset, limit);
    }
}
