package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Camunda web apps take Serasi's sign-in: an admin lands in Cockpit without a second login; others never do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webapps;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "vaadin.launch-browser=false",
        "vaadin.devmode.devTools.enabled=false"})
class CamundaWebappsTest {

    @LocalServerPort
    int port;

    @Test
    void anAdminOpensCockpitWithSerasisSignInAndASocialWorkerIsRefused() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("rina.marlina");
            browser.open("/camunda/app/cockpit/default/");
            browser.page.getByText("Processes").first().waitFor();
            assertThat(browser.page.locator("input[name=username]")).hasCount(0);
            assertThat(browser.page.locator("body")).containsText("rina.marlina (Serasi)");
            browser.open("/tugas-saya");
            browser.logout();

            browser.login("ayu.lestari");
            var response = browser.page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        }
    }
}
