package id.serasi.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.serasi.KeycloakAdmin;
import id.serasi.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff sign in through a real Keycloak (started from the Maven Central distribution with the project's realm) in
 * headless Chromium: the authorization code flow with PKCE lands on the task list with the token's roles and units;
 * signing out ends the Keycloak session too; a wrong password and a disabled account are refused by Keycloak. With
 * tokens living twelve seconds, an expired token is renewed while the user works, bringing the units an
 * administrator has just changed, and an account disabled meanwhile ends the session at the next renewal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:keycloak-ui;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "vaadin.launch-browser=false",
        "vaadin.devmode.devTools.enabled=false", "serasi.keycloak.renew-before=PT2S"})
@ActiveProfiles("keycloak")
class KeycloakSignInTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("serasi.keycloak.issuer-uri", () -> KeycloakServer.get().issuer());
    }

    static void signIn(Browser browser, String username, String password) {
        browser.page.locator("#username").fill(username);
        browser.page.locator("#password").fill(password);
        browser.page.locator("#kc-login").click();
    }

    @Test
    void staffSignInThroughKeycloakAndSignOutOfBoth() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.page.locator("#username").waitFor();
            signIn(browser, "ayu.lestari", "Serasi#2026");
            browser.page.locator("#task-grid").waitFor();
            assertThat(browser.page.locator("body")).containsText("Ayu Lestari · handayani");
            assertThat(browser.page.locator("body")).containsText("Daftarkan");

            browser.page.locator("#logout").click();
            browser.page.locator("#username").waitFor();
            browser.open("/");
            browser.page.locator("#username").waitFor();
            assertThat(browser.page.locator("#task-grid")).hasCount(0);
        }
    }

    @Test
    void keycloakRefusesAWrongPasswordAndADisabledAccount() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.page.locator("#username").waitFor();
            signIn(browser, "ayu.lestari", "Serasi#2025");
            assertThat(browser.page.locator("body")).containsText("Invalid username or password");
            signIn(browser, "taufik.hidayat", "Serasi#2026");
            assertThat(browser.page.locator("body")).containsText("Account is disabled");
            assertThat(browser.page.locator("#task-grid")).hasCount(0);
        }
    }

    @Test
    void anExpiredTokenIsRenewedWithTheUnitsKeycloakNowSaysAndADisabledAccountIsSignedOut() {
        KeycloakAdmin admin = new KeycloakAdmin(KeycloakServer.get());
        admin.setTokenLifespan("serasi-ui", 12);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.page.locator("#username").waitFor();
            signIn(browser, "gita.permata", "Serasi#2026");
            browser.page.locator("#task-grid").waitFor();
            assertThat(browser.page.locator("body")).containsText("Gita Permata · pangudi-luhur");

            admin.leaveUnit("gita.permata", "pangudi-luhur");
            admin.joinUnit("gita.permata", "paramita");
            browser.page.waitForTimeout(12_000);
            browser.page.locator("vaadin-side-nav-item[path='kasus']").click();
            browser.page.locator("#case-grid").waitFor();
            assertThat(browser.page.locator("#username")).hasCount(0);
            browser.open("/");
            browser.page.locator("#task-grid").waitFor();
            assertThat(browser.page.locator("body")).containsText("Gita Permata · paramita");
            assertThat(browser.page.locator("body")).not().containsText("pangudi-luhur");

            admin.setEnabled("gita.permata", false);
            browser.page.waitForTimeout(12_000);
            browser.open("/");
            browser.page.locator("#username").waitFor();
            assertThat(browser.page.locator("#task-grid")).hasCount(0);
        } finally {
            admin.setEnabled("gita.permata", true);
            admin.leaveUnit("gita.permata", "paramita");
            admin.joinUnit("gita.permata", "pangudi-luhur");
            admin.setTokenLifespan("serasi-ui", null);
        }
    }
}
