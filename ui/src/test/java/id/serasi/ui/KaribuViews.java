package id.serasi.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless view tests: the real views and Spring beans in a faked Vaadin environment (Karibu-Testing). */
public abstract class KaribuViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.serasi.ui");

    @Autowired ApplicationContext context;

    @BeforeEach
    protected void vaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    protected void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs the staff member in as the identity provider would: roles and units become authorities. */
    protected void signIn(Staff staff) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        staff.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        staff.units().forEach(u -> authorities.add(new SimpleGrantedAuthority(Staff.UNIT_AUTHORITY_PREFIX + u)));
        var token = new UsernamePasswordAuthenticationToken(staff.username(), "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        Set<String> roles = staff.roles().stream().map(Role::realmName).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
