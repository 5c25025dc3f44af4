package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Camunda Modeler's deploy, reproduced as it sends it (multipart to {@code /engine-rest/deployment/create} with
 * {@code deploy-changed-only=true}), against the embedded default's users over HTTP Basic; and task queries
 * carrying expressions, which the engine refuses even to the admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:modeler;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false"})
class ModelerDeployTest {

    static final String PASSWORD = "Serasi#2026";
    @Autowired TestRestTemplate rest;

    ResponseEntity<String> deploy(String username, String bpmn) {
        return ModelerRequests.deploy(rest.withBasicAuth(username, PASSWORD), new HttpHeaders(), bpmn);
    }

    static String model(String task, String element) {
        return ModelerRequests.model(task, element);
    }

    @Test
    void anAnalystDeploysFromTheModelerAndAnUnchangedModelIsNotDeployedAgain() {
        String bpmn = model("Task_Review", "<bpmn:userTask id=\"Task_Review\" name=\"Tinjau\" "
                + "camunda:candidateGroups=\"supervisor:handayani\"><bpmn:incoming>Flow_1</bpmn:incoming>"
                + "<bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>");
        ResponseEntity<String> first = deploy("oki.pratama", bpmn);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).contains("\"deployedProcessDefinitions\":{\"analyst-draft:");
        ResponseEntity<String> again = deploy("oki.pratama", bpmn);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains("\"deployedProcessDefinitions\":null");
    }

    @Test
    void nobodyButAnalystsDeploys() {
        String bpmn = model("Task_Review", "<bpmn:userTask id=\"Task_Review\"><bpmn:incoming>Flow_1</bpmn:incoming>"
                + "<bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>");
        for (String username : new String[] {"ayu.lestari", "citra.wulandari", "nur.hidayah", "maria.simanjuntak",
                "rina.marlina"}) {
            assertThat(deploy(username, bpmn).getStatusCode()).as(username).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(deploy("oki.pratama", bpmn.replace("Task_Review", "Task_Check")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("oki.pratama", "salah").postForEntity("/engine-rest/deployment/create", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aScriptTaskIsRefusedWithAReasonTheModelerShows() {
        ResponseEntity<String> refused = deploy("oki.pratama", model("Task_Script", "<bpmn:scriptTask id=\"Task_Script\" "
                + "scriptFormat=\"javascript\"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>"
                + "<bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"));
        assertThat(refused.getStatusCode().is4xxClientError() || refused.getStatusCode().is5xxServerError()).isTrue();
        assertThat(refused.getBody()).contains("Task_Script").contains("skrip tidak diizinkan")
                .contains("scripts are not allowed");
    }

    @Test
    void taskQueriesWithExpressionsAreRefusedEvenToTheAdmin() {
        var admin = rest.withBasicAuth("rina.marlina", PASSWORD);
        assertThat(admin.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> topLevel = admin.getForEntity("/engine-rest/task?assigneeExpression={e}", String.class,
                "${currentUser()}");
        assertThat(topLevel.getStatusCode()).as(topLevel.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(topLevel.getBody()).contains("xpression");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> inOr = admin.postForEntity("/engine-rest/task", new HttpEntity<>(
                "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}", json), String.class);
        // the REST layer wraps the engine's refusal inside an "or" query as a 500; what matters is that nothing is run
        assertThat(inOr.getStatusCode().is2xxSuccessful()).as(inOr.getBody()).isFalse();
        assertThat(admin.postForEntity("/engine-rest/task", new HttpEntity<>(
                "{\"orQueries\":[{\"assignee\":\"ayu.lestari\"}]}", json), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> stored = admin.postForEntity("/engine-rest/filter/create", new HttpEntity<>(
                "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}",
                json), String.class);
        assertThat(stored.getStatusCode().is2xxSuccessful()).isFalse();
    }
}
