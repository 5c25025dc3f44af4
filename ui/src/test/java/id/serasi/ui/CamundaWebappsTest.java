package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda web apps take Serasi's sign-in: an admin works in Cockpit, Tasklist and Admin without a second login
 * (every request answered, every change carrying the web apps' own CSRF token); others never get in. The admin
 * reads and operates (job retries, incidents) there; working a case (completing a task, starting a process,
 * saving a filter) is refused there as over the engine's REST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webapps;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "vaadin.launch-browser=false",
        "vaadin.devmode.devTools.enabled=false"})
class CamundaWebappsTest {

    /** A web-app request from the page itself, with or without the XSRF token the web apps keep in a cookie. */
    private static final String POST_FROM_PAGE = """
            async ([method, path, body, withToken]) => {
              const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
              const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
              if (withToken && token) headers['X-XSRF-TOKEN'] = token.substring('XSRF-TOKEN='.length);
              const response = await fetch(path, {method, headers, body: body || undefined, credentials: 'same-origin'});
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
            // the admin reads and operates the engine, but changes no case through it: Tasklist cannot complete
            // a task, save a filter or start a process; retrying jobs and annotating incidents go through
            String engine = "/camunda/api/engine/engine/default";
            org.assertj.core.api.Assertions.assertThat(post(browser, engine + "/task/no-such-task/complete", "{}", true))
                    .as("completing a task from Tasklist").isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(post(browser, engine + "/filter/create",
                    "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}", true)).as("a Tasklist filter")
                    .isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(post(browser, engine
                    + "/process-definition/key/atensi-rehabilitation/start", "{}", true)).as("starting a process")
                    .isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(send(browser, "PUT", engine + "/job/no-such-job/retries",
                    "{\"retries\":1}", true)).as("a job retry reaches the engine (which knows no such job)")
                    .isNotIn(401, 403);
            org.assertj.core.api.Assertions.assertThat(send(browser, "DELETE",
                    engine + "/incident/no-such-incident/annotation", "", true))
                    .as("an incident's annotation removed reaches the engine").isNotIn(401, 403);
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

    private static int post(Browser browser, String path, String body, boolean withToken) {
        return send(browser, "POST", path, body, withToken);
    }

    private static int send(Browser browser, String method, String path, String body, boolean withToken) {
        Object status = browser.page.evaluate(POST_FROM_PAGE, List.of(method, path, body, withToken));
        return ((Number) status).intValue();
    }

}
