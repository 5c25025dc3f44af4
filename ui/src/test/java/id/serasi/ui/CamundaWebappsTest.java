package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda web apps take Serasi's sign-in: an admin works in Cockpit, Tasklist and Admin without a second login
 * (every request answered, every change carrying the web apps' own CSRF token); others never get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webapps;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "vaadin.launch-browser=false",
        "vaadin.devmode.devTools.enabled=false"})
class CamundaWebappsTest {

    /** A web-app request from the page itself, with or without the XSRF token the web apps keep in a cookie. */
    private static final String POST_FROM_PAGE = """
            async ([path, body, withToken]) => {
              const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
              const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
              if (withToken && token) headers['X-XSRF-TOKEN'] = token.substring('XSRF-TOKEN='.length);
              const response = await fetch(path, {method: 'POST', headers, body, credentials: 'same-origin'});
              return response.status;
            }""";

    @LocalServerPort
    int port;

    @Test
    void anAdminWorksInTheWebAppsWithSerasisSignInAndASocialWorkerIsRefused() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            List<String> failed = new CopyOnWriteArrayList<>();
            browser.page.onResponse(response -> {
                if (response.url().contains("/camunda/") && response.status() >= 400) {
                    failed.add(response.status() + " " + response.request().method() + " " + response.url());
                }
            });
            browser.login("rina.marlina");
            try {
                browser.open("/camunda/app/cockpit/default/");
                browser.page.locator("a[href*='#/processes']").first().waitFor();
                assertThat(browser.page.locator("input[name=username]")).hasCount(0);
                assertThat(browser.page.locator("body")).containsText("rina.marlina (Serasi)");

                browser.open("/camunda/app/cockpit/default/#/processes");
                browser.page.locator("a[href*='#/process-definition/atensi-rehabilitation']").first().click();
                browser.page.locator(".djs-container").first().waitFor();
                assertThat(browser.page.locator("body")).containsText("atensi-rehabilitation");

                browser.open("/camunda/app/tasklist/default/");
                browser.page.locator("section.task-filters").first().waitFor();
                createAndDeleteFilter(browser);

                browser.open("/camunda/app/admin/default/");
                browser.page.locator("a[href*='#/users']").first().waitFor();
            } catch (RuntimeException e) {
                browser.screenshot(Path.of("target/failure-webapps-" + System.currentTimeMillis() + ".png"));
                throw new AssertionError("web apps failed; answers refused so far: " + failed, e);
            }
            org.assertj.core.api.Assertions.assertThat(failed).as("web-app requests refused or failed").isEmpty();

            String count = "/camunda/api/engine/engine/default/task/count";
            org.assertj.core.api.Assertions.assertThat(post(browser, count, "{}", true)).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(
                            post(browser, count, "{\"orQueries\":[{\"assigneeExpression\":\"${'x'}\"}]}", true))
                    .as("an expression in a web-app query").isEqualTo(400);
            org.assertj.core.api.Assertions.assertThat(post(browser, "/camunda/api/admin/setup/default/user/create",
                    "{\"profile\":{\"id\":\"second.admin\"},\"credentials\":{\"password\":\"x\"}}", true))
                    .as("the Admin app's first-user setup").isEqualTo(403);
            // Camunda's own CSRF filter is on: a change without its token is refused, and the session ends with it
            org.assertj.core.api.Assertions.assertThat(post(browser, count, "{}", false))
                    .as("a change without the web apps' CSRF token").isEqualTo(403);
            browser.open("/tugas-saya");
            browser.page.locator("#vaadinLoginUsername").waitFor();

            browser.login("ayu.lestari");
            var response = browser.page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        }
    }

    /** Tasklist's own dialog: a filter made (POST) and removed again (DELETE), as an admin clicks it. */
    private static void createAndDeleteFilter(Browser browser) {
        String name = "Uji filter " + System.nanoTime();
        browser.page.locator("section.task-filters header button").first().click();
        Locator dialog = browser.page.locator(".modal-dialog");
        dialog.locator("input[name=filterName]").fill(name);
        dialog.locator("button[type=submit]").click();
        Locator filter = browser.page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText(name));
        filter.locator("h4 a").click();
        filter.locator(".actions a").click();
        dialog.getByText("Delete filter").click();
        dialog.locator("button[type=submit]").click();
        assertThat(filter).hasCount(0);
    }

    private static int post(Browser browser, String path, String body, boolean withToken) {
        Object status = browser.page.evaluate(POST_FROM_PAGE, List.of(path, body, withToken));
        return ((Number) status).intValue();
    }

}
