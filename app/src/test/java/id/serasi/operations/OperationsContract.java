package id.serasi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Fixtures;
import id.serasi.atensi.CompletingAtensiTask;
import id.serasi.atensi.ReadingCase;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TaskInput;
import id.serasi.tasks.Claim;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.Completion;
import id.serasi.tasks.TaskInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Health for load balancers (open, no details), readiness with the database and the search backend, and Prometheus
 * figures for the admin only: open and overdue tasks per unit and process, failed jobs. Run on H2 and PostgreSQL.
 */
abstract class OperationsContract {

    @Autowired TestRestTemplate rest;
    @Autowired RegisteringCase registering;
    @Autowired WorkMetrics metrics;
    @Autowired ReadingCase reading;
    @Autowired ClaimingTask claiming;
    @Autowired CompletingAtensiTask completing;

    @Test
    void healthIsOpenWithoutDetailsAndReadinessCoversDatabaseAndSearch() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("indexedCases");
        assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> detailed = rest.withBasicAuth("rina.marlina", "Serasi#2026")
                .getForEntity("/actuator/health/readiness", String.class);
        assertThat(detailed.getBody()).contains("\"db\"", "\"search\"", "indexedCases");
    }

    @Test
    void prometheusFiguresAreTheAdminsAndCountTasksPerUnitAndProcess() {
        Registration registered = registering.register(Fixtures.woman(4242), Fixtures.intake(), "paramita", false,
                Fixtures.joko());
        assertThat(registered).isInstanceOf(Registration.Registered.class);
        String caseNumber = ((Registration.Registered) registered).caseNumber();
        TaskInfo eligibility = reading.open(caseNumber, Fixtures.joko()).orElseThrow().openTasks().get(0);
        assertThat(claiming.claim(eligibility.id(), Fixtures.joko())).isInstanceOf(Claim.Done.class);
        assertThat(completing.complete(eligibility.id(), new TaskInput.Eligibility(true, "Layak"), Fixtures.joko()))
                .isInstanceOf(Completion.Completed.class);
        metrics.refresh();

        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("joko.susilo", "Serasi#2026").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String figures = rest.withBasicAuth("rina.marlina", "Serasi#2026")
                .getForEntity("/actuator/prometheus", String.class).getBody();
        assertThat(figures).containsPattern(
                "serasi_tasks_open\\{[^}]*process=\"atensi-rehabilitation\"[^}]*unit=\"paramita\"[^}]*} 1\\.0");
        assertThat(figures).contains("serasi_tasks_overdue{").contains("serasi_jobs_failed");
        assertThat(figures).containsPattern(
                "serasi_stage_duration_seconds_count\\{[^}]*stage=\"INTAKE\"[^}]*unit=\"paramita\"[^}]*} 1");
    }
}
