package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.KeycloakAdmin;
import id.serasi.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * {@code /engine-rest} against a real Keycloak started from the Maven Central distribution with the project's realm:
 * bearer tokens and HTTP Basic (checked by Keycloak), a wrong password, a disabled user, and Camunda Modeler's
 * deploy both ways. The staff directory is Keycloak's too (read at every use here, kept five minutes by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:keycloak-rest;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.identity=keycloak",
        "serasi.keycloak.directory-refresh=PT0S"})
class KeycloakRestTest {

    static final String PASSWORD = "Serasi#2026";

    @Autowired TestRestTemplate rest;
    @Autowired StaffDirectory directory;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("serasi.keycloak.issuer-uri", () -> KeycloakServer.get().issuer());
    }

    /** A token from Keycloak as a REST client gets one (direct grant of the serasi-api client). */
    static String token(String username, String password) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "serasi-api");
        form.add("username", username);
        form.add("password", password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        Map<?, ?> tokens = new RestTemplate().postForObject(KeycloakServer.get().issuer()
                + "/protocol/openid-connect/token", new HttpEntity<>(form, headers), Map.class);
        return (String) tokens.get("access_token");
    }

    static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    HttpStatus get(String path, HttpHeaders headers) {
        return (HttpStatus) rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode();
    }

    @Test
    void bearerTokensCarryRolesFromKeycloak() {
        assertThat(get("/engine-rest/version", bearer(token("oki.pratama", PASSWORD)))).isEqualTo(HttpStatus.OK);
        assertThat(get("/engine-rest/version", bearer(token("ayu.lestari", PASSWORD)))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/engine-rest/process-instance", bearer(token("rina.marlina", PASSWORD)))).isEqualTo(HttpStatus.OK);
        assertThat(get("/engine-rest/process-instance", bearer(token("oki.pratama", PASSWORD))))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/engine-rest/version", bearer("not-a-token"))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/engine-rest/version", new HttpHeaders())).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void basicIsCheckedAgainstKeycloak() {
        HttpHeaders analyst = new HttpHeaders();
        analyst.setBasicAuth("oki.pratama", PASSWORD);
        assertThat(get("/engine-rest/version", analyst)).isEqualTo(HttpStatus.OK);
        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth("oki.pratama", "Serasi#2025");
        assertThat(get("/engine-rest/version", wrong)).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders disabled = new HttpHeaders();
        disabled.setBasicAuth("taufik.hidayat", PASSWORD);
        assertThat(get("/engine-rest/version", disabled)).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders worker = new HttpHeaders();
        worker.setBasicAuth("ayu.lestari", PASSWORD);
        assertThat(get("/engine-rest/version", worker)).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void camundaModelerDeploysWithBasicOrABearerTokenAsAnalystOnly() {
        String bpmn = ModelerRequests.model("Task_Review", "<bpmn:userTask id=\"Task_Review\" name=\"Tinjau\">"
                + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>");
        HttpHeaders basic = new HttpHeaders();
        basic.setBasicAuth("oki.pratama", PASSWORD);
        var withBasic = ModelerRequests.deploy(rest, basic, bpmn);
        assertThat(withBasic.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withBasic.getBody()).contains("\"deployedProcessDefinitions\":{\"analyst-draft:");
        var withBearer = ModelerRequests.deploy(rest, bearer(token("oki.pratama", PASSWORD)),
                bpmn.replace("Task_Review", "Task_Check"));
        assertThat(withBearer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ModelerRequests.deploy(rest, bearer(token("ayu.lestari", PASSWORD)), bpmn).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var script = ModelerRequests.deploy(rest, bearer(token("oki.pratama", PASSWORD)), ModelerRequests.model(
                "Task_Script", "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><bpmn:incoming>Flow_1"
                        + "</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:script>1</bpmn:script>"
                        + "</bpmn:scriptTask>"));
        assertThat(script.getBody()).contains("skrip tidak diizinkan").contains("scripts are not allowed");
    }

    @Test
    void theStaffDirectoryIsWhatKeycloakSaysNow() {
        assertThat(directory).isInstanceOf(KeycloakDirectory.class);
        assertThat(directory.displayName("ayu.lestari")).isEqualTo("Ayu Lestari");
        assertThat(directory.staffOf("handayani", Role.SOCIAL_WORKER)).extracting(Staff::username)
                .containsExactly("ayu.lestari", "budi.santoso", "dani.kurniawan");
        assertThat(directory.withRole(Role.INVESTIGATOR)).extracting(Staff::username)
                .containsExactly("nur.hidayah", "putu.wirawan", "sari.rahmawati");
        assertThat(directory.find("putu.wirawan").orElseThrow().units()).containsExactly("handayani");
        assertThat(directory.find("taufik.hidayat")).as("disabled").isEmpty();

        KeycloakAdmin admin = new KeycloakAdmin(KeycloakServer.get());
        admin.joinUnit("indah.sari", "paramita");
        try {
            assertThat(directory.staffOf("paramita", Role.SUPERVISOR)).extracting(Staff::username)
                    .containsExactly("indah.sari", "lalu.hamdani");
        } finally {
            admin.leaveUnit("indah.sari", "paramita");
        }
        assertThat(directory.staffOf("paramita", Role.SUPERVISOR)).extracting(Staff::username)
                .containsExactly("lalu.hamdani");
    }
}
