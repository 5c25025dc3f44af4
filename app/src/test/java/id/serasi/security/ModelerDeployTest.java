package id.serasi.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Fixtures;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.tasks.Completion;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskFilter;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.HandlingReport;
import id.serasi.whistleblowing.ReadingReport;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportDetails;
import id.serasi.whistleblowing.ReportInput;
import id.serasi.whistleblowing.ScreeningResult;
import id.serasi.whistleblowing.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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

    static HttpHeaders jsonHeaders() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return json;
    }

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
        assertThat(refused.getStatusCode()).as("a refusal, not a server error").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"type\":\"ParseException\"").contains("Task_Script").contains("skrip tidak diizinkan")
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

    /**
     * The known 7.24 path: an expression in an "or" query ran although query expressions are switched off. This one
     * would succeed if it ran, leaving a system property behind.
     */
    @Test
    void anExpressionThatWouldRunIsRefusedAtAnyDepthOfAnyQuery() {
        var admin = rest.withBasicAuth("rina.marlina", PASSWORD);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String probe = "${''.getClass().forName('java.lang.System').setProperty('serasi.probe', 'ran')}";
        for (String[] request : new String[][] {
                {"/engine-rest/task/count", "{\"orQueries\":[{\"candidateGroupExpression\":\"" + probe + "\"}]}"},
                {"/engine-rest/engine/default/task", "{\"orQueries\":[{\"assigneeExpression\":\"" + probe + "\"}]}"},
                {"/engine-rest/history/task", "{\"orQueries\":[{\"taskAssigneeExpression\":\"" + probe + "\"}]}"},
        }) {
            ResponseEntity<String> refused = admin.postForEntity(request[0], new HttpEntity<>(request[1], json),
                    String.class);
            assertThat(refused.getStatusCode()).as(request[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("Ekspresi dalam kueri tidak diizinkan");
        }
        assertThat(admin.getForEntity("/engine-rest/task/count?candidateGroupExpression={e}", String.class, probe)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        HttpHeaders plainText = new HttpHeaders();
        plainText.setContentType(MediaType.TEXT_PLAIN);
        assertThat(admin.postForEntity("/engine-rest/task/count", new HttpEntity<>(
                "{\"orQueries\":[{\"candidateGroupExpression\":\"" + probe + "\"}]}", plainText), String.class)
                .getStatusCode()).as("whatever type the body claims").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.postForEntity("/engine-rest/task/count", new HttpEntity<>("{\"orQueries\": [ /* */", json),
                String.class).getStatusCode()).as("a body the filter cannot read").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(System.getProperty("serasi.probe")).isNull();
        assertThat(admin.postForEntity("/engine-rest/filter/create", new HttpEntity<>("{\"resourceType\":\"Task\","
                + "\"name\":\"x\",\"query\":{\"orQueries\":[{\"candidateUserExpression\":\"" + probe + "\"}]}}", json),
                String.class).getStatusCode()).as("nobody stores a filter over the engine's REST")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getForEntity("/engine-rest/filter/count", String.class).getBody()).contains("\"count\":0");
    }

    /** The named engine's paths reach the same resources, so they keep the same rules. */
    @Test
    void theNamedEnginePathKeepsTheSameRules() {
        String bpmn = model("Task_Named", "<bpmn:userTask id=\"Task_Named\"><bpmn:incoming>Flow_1</bpmn:incoming>"
                + "<bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>");
        var admin = rest.withBasicAuth("rina.marlina", PASSWORD);
        assertThat(ModelerRequests.deploy(admin, new HttpHeaders(), bpmn, "/engine-rest/engine/default/deployment/create")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> deployed = ModelerRequests.deploy(rest.withBasicAuth("oki.pratama", PASSWORD),
                new HttpHeaders(), bpmn, "/engine-rest/engine/default/deployment/create");
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = deployed.getBody().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        assertThat(admin.exchange("/engine-rest/engine/default/deployment/" + id, HttpMethod.DELETE, null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("ayu.lestari", PASSWORD).getForEntity("/engine-rest/engine/default/deployment",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String path : new String[] {"/engine-rest/task/create", "/engine-rest/task/create/",
                "/engine-rest/engine/default/task/create"}) {
            assertThat(admin.postForEntity(path, new HttpEntity<>("{\"name\":\"x\"}", jsonHeaders()), String.class)
                    .getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(admin.getForEntity("/engine-rest/process-definition/key/whistleblowing/deployed-start-form",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** The outside probe's model: a past timer start and a shell behaviour the job executor would run at once. */
    @Test
    void aModelNamingAJavaClassIsRefusedWithTheElementNamed() {
        String shell = ModelerRequests.SIMPLE.formatted("Task_Shell", "<bpmn:serviceTask id=\"Task_Shell\" "
                + "camunda:class=\"org.camunda.bpm.engine.impl.bpmn.behavior.ShellActivityBehavior\">"
                + "<bpmn:extensionElements><camunda:field name=\"command\" stringValue=\"touch\" />"
                + "<camunda:field name=\"arg1\" stringValue=\"/tmp/serasi-probe\" /></bpmn:extensionElements>"
                + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>",
                "Task_Shell").replace("<bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>", "<bpmn:outgoing>Flow_1</bpmn:outgoing>"
                + "<bpmn:timerEventDefinition><bpmn:timeDate>2020-01-01T00:00:00</bpmn:timeDate>"
                + "</bpmn:timerEventDefinition></bpmn:startEvent>");
        ResponseEntity<String> refused = deploy("oki.pratama", shell);
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("Task_Shell").contains("atribut 'class' tidak diizinkan");
    }

    /** The outside probe: 30 wrong passwords in 2.4 s, then the right one accepted. Now the right one waits. */
    @Test
    void guessingAPasswordLocksTheNameEvenForTheRightPassword() {
        for (int i = 0; i < 30; i++) {
            assertThat(rest.withBasicAuth("eko.prasetyo", "tebakan-" + i).getForEntity("/engine-rest/version",
                    String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(rest.withBasicAuth("eko.prasetyo", PASSWORD).getForEntity("/engine-rest/version", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // another user is not held up by it
        assertThat(rest.withBasicAuth("dewi.anggraini", PASSWORD).getForEntity("/engine-rest/version", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Autowired RegisteringCase registering;
    @Autowired ListingTasks listing;
    @Autowired FilingReport filing;
    @Autowired HandlingReport handling;
    @Autowired ReadingReport reading;

    /**
     * The analyst's ordinary round trip: the real model opened in Modeler, a label changed, the file deployed alone.
     * The triage and the classification find their decision tables in the engine's latest deployment, so new cases
     * and reports still run (with the deployment's own binding, every new case failed at triage from then on).
     */
    @Test
    void theRealModelsDeployedAloneFromTheModelerStillRunTheirDecisions() throws Exception {
        var analyst = rest.withBasicAuth("oki.pratama", PASSWORD);
        String atensi = Files.readString(Path.of("../processes/atensi-rehabilitation.bpmn"))
                .replace("name=\"Triase prioritas\"", "name=\"Triase prioritas awal\"");
        assertThat(ModelerRequests.deploy(analyst, new HttpHeaders(), atensi, "/engine-rest/deployment/create",
                "atensi-rehabilitation.bpmn").getStatusCode()).isEqualTo(HttpStatus.OK);
        String whistleblowing = Files.readString(Path.of("../processes/whistleblowing.bpmn"))
                .replace("name=\"Klasifikasi laporan\"", "name=\"Klasifikasi laporan masuk\"");
        assertThat(ModelerRequests.deploy(analyst, new HttpHeaders(), whistleblowing, "/engine-rest/deployment/create",
                "whistleblowing.bpmn").getStatusCode()).isEqualTo(HttpStatus.OK);

        Registration registered = registering.register(Fixtures.woman(9301), Fixtures.intake(), "handayani", true,
                Fixtures.ayu());
        assertThat(registered).isInstanceOf(Registration.Registered.class);
        String caseNumber = ((Registration.Registered) registered).caseNumber();
        assertThat(listing.myUnits(Fixtures.ayu(), new TaskFilter(caseNumber, null, null, null, null, null, null,
                false), 0, 5).rows()).extracting(r -> r.task().formKey()).containsExactly("eligibility");

        Filing filed = filing.file(new ReportDetails(ReportCategory.GRATIFIKASI, "Petugas meminta uang agar berkas"
                + " bantuan diproses lebih cepat.", null, null, null, null, null, true, null, null), List.of(), "192.0.2.201");
        String number = ((Filing.Filed) filed).reportNumber();
        Staff lead = Fixtures.staff("maria.simanjuntak");
        assertThat(handling.complete(number, new ReportInput.Screening(ScreeningResult.COMPLETE,
                ReportCategory.GRATIFIKASI, Severity.SEDANG, null, null, null), lead))
                .isEqualTo(new Completion.Completed(number));
        assertThat(reading.open(number, lead).orElseThrow().currentTask().orElseThrow().formKey())
                .isEqualTo("wbs-assignment");
    }

    @LocalServerPort int port;

    HttpResponse<String> raw(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Programs expect a 401 with a challenge, never a login page; path tricks reach nothing either. */
    @Test
    void anonymousCallersAndPathTricksGetAnAnswerForProgramsNotALoginPage() throws Exception {
        HttpResponse<String> anonymous = raw("/engine-rest/version", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic"));
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("oki.pratama:salah".getBytes());
        assertThat(raw("/engine-rest/version", wrong).statusCode()).isEqualTo(401);
        for (String trick : new String[] {"/engine-rest//task", "/engine-rest;x=y/task", "/engine-rest/%2e%2e/task",
                "/Engine-Rest/task", "/engine-rest/task;jsessionid=x", "/ENGINE-REST/deployment"}) {
            HttpResponse<String> answer = raw(trick, null);
            assertThat(answer.statusCode()).as(trick).isIn(400, 401, 403, 404);
            assertThat(answer.headers().firstValue("Location")).as(trick).isEmpty();
        }
    }

    @Autowired TaskService tasks;

    /**
     * The admin completed, claimed and reassigned tasks and set variables over the engine's REST, past every rule
     * of Serasi's (whose case, which unit, the audit trail). Now the admin reads and operates, and nothing more.
     */
    @Test
    void theAdminReadsAndRetriesJobsButWorksNoCaseOverTheEngine() {
        Registration registered = registering.register(Fixtures.woman(9302), Fixtures.intake(), "handayani", true,
                Fixtures.ayu());
        String caseNumber = ((Registration.Registered) registered).caseNumber();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        String instance = task.getProcessInstanceId();
        var admin = rest.withBasicAuth("rina.marlina", PASSWORD);
        String[][] writes = {
                {"POST", "/engine-rest/task/" + task.getId() + "/complete", "{}"},
                {"POST", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"rina.marlina\"}"},
                {"POST", "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"rina.marlina\"}"},
                {"PUT", "/engine-rest/process-instance/" + instance + "/variables/caseId",
                        "{\"value\":\"ATN-0\",\"type\":\"String\"}"},
                {"POST", "/engine-rest/process-instance/" + instance + "/modification",
                        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"" + task.getTaskDefinitionKey()
                                + "\"}]}"},
                {"DELETE", "/engine-rest/process-instance/" + instance, null},
                {"POST", "/engine-rest/process-definition/key/atensi-rehabilitation/start", "{}"}};
        for (String[] write : writes) {
            assertThat(admin.exchange(write[1], HttpMethod.valueOf(write[0]),
                    new HttpEntity<>(write[2], jsonHeaders()), String.class).getStatusCode())
                    .as(write[0] + " " + write[1]).isEqualTo(HttpStatus.FORBIDDEN);
        }
        var still = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).as("the task is untouched").isNotNull();
        assertThat(still.getAssignee()).isNull();
        assertThat(runtime.getVariable(instance, "caseId")).isNotEqualTo("ATN-0");

        ResponseEntity<String> query = admin.postForEntity("/engine-rest/task",
                new HttpEntity<>("{\"processInstanceId\":\"" + instance + "\"}", jsonHeaders()), String.class);
        assertThat(query.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(query.getBody()).contains(task.getId());
        ResponseEntity<String> retry = admin.exchange("/engine-rest/job/no-such-job/retries", HttpMethod.PUT,
                new HttpEntity<>("{\"retries\":3}", jsonHeaders()), String.class);
        assertThat(retry.getStatusCode()).as("a job retry is let through").isNotIn(HttpStatus.FORBIDDEN,
                HttpStatus.UNAUTHORIZED);
        assertThat(retry.getBody()).as("the engine itself answers: it knows no such job").contains("no-such-job");
    }

    @Autowired RuntimeService runtime;

    /** The outside probe removed a deployment with cascade, and 29 running cases became 0. */
    @Test
    void aDeploymentThatRunningCasesUseIsNotRemoved() {
        var analyst = rest.withBasicAuth("oki.pratama", PASSWORD);
        String bpmn = model("Task_Wait", "<bpmn:userTask id=\"Task_Wait\" name=\"Tunggu\"><bpmn:incoming>Flow_1</bpmn:incoming>"
                + "<bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>").replace("analyst-draft", "analyst-running");
        ResponseEntity<String> deployed = ModelerRequests.deploy(analyst, new HttpHeaders(), bpmn,
                "/engine-rest/deployment/create", "analyst-running.bpmn");
        String id = deployed.getBody().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        runtime.startProcessInstanceByKey("analyst-running");
        for (String path : new String[] {"/engine-rest/deployment/" + id + "?cascade=true",
                "/engine-rest/engine/default/deployment/" + id + "?cascade=true", "/engine-rest/deployment/" + id}) {
            ResponseEntity<String> refused = analyst.exchange(path, HttpMethod.DELETE, null, String.class);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("masih dipakai 1 kasus berjalan");
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("analyst-running").count()).isOne();
    }
}
