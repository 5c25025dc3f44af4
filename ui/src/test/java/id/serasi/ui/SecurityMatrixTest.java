package id.serasi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import id.serasi.security.Staff;
import jakarta.servlet.ServletException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The role × path matrix of docs/security.md, checked cell by cell against the application: views through the
 * Vaadin router with its access control, HTTP paths through the security filter chains. Any difference, and any
 * view without a row, fails.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:matrix;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class SecurityMatrixTest extends KaribuViews {

    static final Path MATRIX = Path.of("../docs/security.md");
    /** The columns after "what" and "path": anonymous, then one member of staff per role. */
    static final List<String> PEOPLE = List.of("anonymous", "ayu.lestari", "citra.wulandari", "nur.hidayah",
            "maria.simanjuntak", "oki.pratama", "rina.marlina");

    @Autowired WebApplicationContext web;

    record Row(String kind, String path, List<Boolean> allowed) {
    }

    static List<Row> documented() throws Exception {
        List<Row> rows = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(MATRIX)) {
            if (line.startsWith("<!-- matrix")) {
                inside = true;
            } else if (line.startsWith("<!-- end of matrix")) {
                inside = false;
            } else if (inside && line.startsWith("| ") && !line.startsWith("| what") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                List<Boolean> allowed = new ArrayList<>();
                for (int i = 3; i < 3 + PEOPLE.size(); i++) {
                    allowed.add(cells[i].trim().equals("✓"));
                }
                rows.add(new Row(cells[1].trim(), cells[2].trim().replace("`", ""), allowed));
            }
        }
        assertThat(rows).as("rows of the matrix in " + MATRIX).hasSizeGreaterThan(20);
        return rows;
    }

    @Test
    void everyCellOfTheDocumentedMatrixHolds() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        Map<String, String> differences = new LinkedHashMap<>();
        for (Row row : documented()) {
            for (int i = 0; i < PEOPLE.size(); i++) {
                String who = PEOPLE.get(i);
                boolean actual = row.kind().equals("view") ? reachesView(who, row.path())
                        : reachesHttp(http, who, row.kind(), row.path());
                if (actual != row.allowed().get(i)) {
                    differences.put(row.kind() + " " + row.path() + " as " + who,
                            "documented " + (row.allowed().get(i) ? "✓" : "✗") + ", actual " + (actual ? "✓" : "✗"));
                }
            }
        }
        assertThat(differences).as("cells of docs/security.md that do not hold").isEmpty();
    }

    @Test
    void everyViewHasARow() throws Exception {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        List<Class<? extends Component>> documentedViews = new ArrayList<>();
        for (Row row : documented()) {
            if (row.kind().equals("view")) {
                routes.getRoute(row.path().substring(1)).ifPresent(documentedViews::add);
            }
        }
        for (var route : routes.getAvailableRoutes()) {
            assertThat(documentedViews).as("a row for the view at /" + route.getTemplate()).contains(route.getNavigationTarget());
        }
    }

    private boolean reachesView(String who, String path) {
        signInAs(who);
        Optional<Class<? extends Component>> target = RouteConfiguration.forApplicationScope().getRoute(path.substring(1));
        assertThat(target).as("a view at " + path).isPresent();
        try {
            UI.getCurrent().navigate(path.substring(1));
        } catch (RuntimeException refused) {
            return false;
        }
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.get(0).getClass().equals(target.get());
    }

    private void signInAs(String who) {
        if (who.equals("anonymous")) {
            SecurityContextHolder.clearContext();
            tearDown();
            vaadin();
        } else {
            signIn(UiFixtures.staff(who));
        }
    }

    private static boolean reachesHttp(MockMvc http, String who, String method, String path) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        MockHttpServletResponse response;
        try {
            response = http.perform(request.with(as(who))).andReturn().getResponse();
        } catch (ServletException passedTheFilters) {
            // past security: the mock dispatcher cannot forward to Vaadin's servlet, which is not there in a mock
            return true;
        }
        int status = response.getStatus();
        boolean toSignIn = status / 100 == 3 && String.valueOf(response.getRedirectedUrl()).contains("/login");
        // 400 is the firewall's refusal of a path trick (";", "//", "%2e"), before anything reads the path
        return status != 400 && status != 401 && status != 403 && !toSignIn;
    }

    private static RequestPostProcessor as(String who) {
        if (who.equals("anonymous")) {
            return anonymous();
        }
        Staff staff = UiFixtures.staff(who);
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        staff.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        staff.units().forEach(u -> authorities.add(new SimpleGrantedAuthority(Staff.UNIT_AUTHORITY_PREFIX + u)));
        return user(who).authorities(authorities);
    }
}
