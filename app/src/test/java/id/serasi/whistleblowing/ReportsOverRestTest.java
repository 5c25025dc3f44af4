package id.serasi.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The engine's REST API gives nobody but the admin anything about running reports (or cases): social workers,
 * supervisors, investigators and the lead are refused outright, analysts reach deployments and definitions only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:reports-rest;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class ReportsOverRestTest {

    static final String PASSWORD = "Serasi#2026";
    static final List<String> RUNTIME = List.of("/engine-rest/process-instance?processDefinitionKey=whistleblowing",
            "/engine-rest/task?processDefinitionKey=whistleblowing", "/engine-rest/variable-instance",
            "/engine-rest/history/variable-instance", "/engine-rest/history/process-instance",
            "/engine-rest/history/user-operation", "/engine-rest/execution");

    @Autowired TestRestTemplate rest;
    @Autowired FilingReport filing;
    String reportNumber;

    @BeforeEach
    void report() {
        reportNumber = ((Filing.Filed) filing.file(ReportsContract.anonymous("handayani"), List.of(),
                ReportsContract.newClient())).reportNumber();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ayu.lestari", "citra.wulandari", "oki.pratama", "nur.hidayah", "sari.rahmawati",
            "maria.simanjuntak"})
    void nothingAboutRunningReportsForAnyoneButTheAdmin(String username) {
        for (String path : RUNTIME) {
            var response = rest.withBasicAuth(username, PASSWORD).getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(username + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(path).doesNotContain(reportNumber);
        }
        var byKey = rest.withBasicAuth(username, PASSWORD)
                .getForEntity("/engine-rest/process-instance?businessKey=" + reportNumber, String.class);
        assertThat(byKey.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        for (String path : RUNTIME) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void analystsReachDeploymentsAndDefinitions() {
        var analyst = rest.withBasicAuth("oki.pratama", PASSWORD);
        assertThat(analyst.getForEntity("/engine-rest/version", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(analyst.getForEntity("/engine-rest/deployment", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(analyst.getForEntity("/engine-rest/process-definition/key/whistleblowing/xml", String.class)
                .getBody()).contains("UserTask_ScreenReport");
        assertThat(analyst.postForEntity("/engine-rest/process-definition/key/whistleblowing/start", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theEngineHoldsNoReportContentEvenForTheAdmin() {
        var admin = rest.withBasicAuth("rina.marlina", PASSWORD);
        String variables = admin.getForEntity("/engine-rest/variable-instance", String.class).getBody();
        assertThat(variables).contains("reportId").doesNotContain("Petugas meminta uang")
                .doesNotContain("Sentra Handayani, Jakarta Timur");
    }
}
