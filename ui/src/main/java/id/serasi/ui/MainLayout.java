package id.serasi.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.serasi.atensi.ReadingMentions;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.tasks.ListingTasks;
import id.serasi.ui.admin.AuditTrailView;
import id.serasi.ui.admin.CalendarView;
import id.serasi.ui.admin.LegalHoldView;
import id.serasi.ui.admin.ReindexView;
import id.serasi.ui.atensi.CasesView;
import id.serasi.ui.atensi.MentionsView;
import id.serasi.ui.atensi.RegistrationView;
import id.serasi.ui.search.SearchView;
import id.serasi.ui.tasks.FollowedTasksView;
import id.serasi.ui.tasks.MyTasksView;
import id.serasi.ui.tasks.SupervisionView;
import id.serasi.ui.tasks.UnitTasksView;
import id.serasi.ui.whistleblowing.ReportsView;
import org.springframework.core.env.Environment;

/** The staff frame: navigation by what the user may do, who is signed in, language, sign-out. */
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
public class MainLayout extends AppLayout {

    /** How often open views refresh from the server: task lists and the counts beside the menu. */
    public static final int POLL_MILLIS = 10_000;

    private final transient ListingTasks listing;
    private final Staff staff;
    private final Span mineCount = count("count-mine");
    private final Span unclaimedCount = count("count-unclaimed");
    private final Span mentionCount = count("count-mentions");
    private final transient ReadingMentions mentions;
    private Registration polling;
    private final boolean localSignIn;

    public MainLayout(CurrentStaff currentStaff, AuthenticationContext authentication, ListingTasks listing,
                      ReadingMentions mentions, Environment environment) {
        this.localSignIn = !UiSecurityConfiguration.KEYCLOAK.equals(environment.getProperty("serasi.identity"));
        this.staff = currentStaff.get();
        this.listing = listing;
        this.mentions = mentions;
        addToNavbar(new DrawerToggle(), header(staff, authentication));
        addToDrawer(navigation(staff));
    }

    private static Span count(String id) {
        Span count = new Span();
        count.setId(id);
        count.getElement().getThemeList().add("badge pill small contrast");
        return count;
    }

    private void refreshCounts() {
        mineCount.setText(String.valueOf(listing.mine(staff, 0, 0).total()));
        unclaimedCount.setText(String.valueOf(listing.unclaimedInMyUnits(staff)));
        mentionCount.setText(String.valueOf(mentions.unread(staff)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refreshCounts();
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> refreshCounts());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
    }

    private HorizontalLayout header(Staff staff, AuthenticationContext authentication) {
        Span title = new Span("Serasi");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span devMode = new Span(getTranslation("layout.devMode"));
        devMode.getElement().getThemeList().add("badge contrast");
        devMode.setVisible(localSignIn);
        Span who = new Span(staff.displayName() + " · " + String.join(", ", staff.units()));
        Button language = LanguageChoice.switchButton(getLocale());
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(title, devMode, who, language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private SideNav navigation(Staff staff) {
        SideNav nav = new SideNav();
        SideNavItem mine = new SideNavItem(getTranslation("nav.myTasks"), MyTasksView.class);
        mine.setSuffixComponent(mineCount);
        SideNavItem units = new SideNavItem(getTranslation("nav.unitTasks"), UnitTasksView.class);
        units.setSuffixComponent(unclaimedCount);
        SideNavItem mentioned = new SideNavItem(getTranslation("nav.mentions"), MentionsView.class);
        mentioned.setSuffixComponent(mentionCount);
        nav.addItem(mine, units, new SideNavItem(getTranslation("nav.followedTasks"), FollowedTasksView.class), mentioned);
        if (staff.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.supervision"), SupervisionView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.cases"), CasesView.class));
        if (staff.has(Role.SOCIAL_WORKER) || staff.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.search"), SearchView.class));
        }
        if (staff.has(Role.SOCIAL_WORKER) || staff.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.register"), RegistrationView.class));
        }
        if (staff.has(Role.INVESTIGATOR) || staff.has(Role.INVESTIGATION_LEAD)) {
            nav.addItem(new SideNavItem(getTranslation("nav.reports"), ReportsView.class));
        }
        if (staff.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.reindex"), ReindexView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.legalHold"), LegalHoldView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), CalendarView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.auditTrail"), AuditTrailView.class));
        }
        return nav;
    }
}
