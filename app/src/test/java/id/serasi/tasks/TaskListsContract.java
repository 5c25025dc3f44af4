package id.serasi.tasks;

import static id.serasi.Fixtures.citra;
import static id.serasi.Fixtures.dewi;
import static id.serasi.Fixtures.eko;
import static id.serasi.Fixtures.fajar;
import static id.serasi.Fixtures.joko;
import static id.serasi.Fixtures.woman;
import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.atensi.CareSetting;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TargetGroup;
import id.serasi.audit.AuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Task lists from the inbox, and supervisors' assignments, in Sentra Terpadu "Inten Soeweno" (no other test works
 * there): a normal case, an emergency and a trafficking victim.
 */
public abstract class TaskListsContract {

    @Autowired RegisteringCase registering;
    @Autowired AuditTrail audit;
    @Autowired ListingTasks listing;
    @Autowired ClaimingTask claiming;
    @Autowired AssigningTask assigning;
    @Autowired Workload workload;
    @Autowired CaseRepository cases;
    @Autowired TaskService engineTasks;
    @Autowired JdbcTemplate jdbc;

    String normal;
    String emergency;
    String trafficking;

    @BeforeEach
    void threeCases() {
        if (normal != null) {
            return;
        }
        normal = register(9021, TargetGroup.PPKS_LAIN, false);
        emergency = register(9022, TargetGroup.PPKS_LAIN, true);
        trafficking = register(9023, TargetGroup.TUNA_SOSIAL_PERDAGANGAN, false);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    String register(int n, TargetGroup group, boolean urgent) {
        Registration r = registering.register(woman(n), new Intake(group, CareSetting.FAMILY, IntakeChannel.OUTREACH,
                urgent, "Penjangkauan di pasar."), "inten-soeweno", true, dewi());
        return ((Registration.Registered) r).caseNumber();
    }

    List<String> caseNumbers(TaskPage<TaskRow> page) {
        return page.rows().stream().map(r -> r.subject().caseNumber()).toList();
    }

    String eligibilityOf(String caseNumber) {
        return listing.myUnits(dewi(), new TaskFilter(caseNumber, null, null, null, null, null, null, false), 0, 10)
                .rows().get(0).task().id();
    }

    @Test
    void theInboxHoldsExactlyTheEnginesOpenTasks() {
        claiming.claim(eligibilityOf(normal), dewi());
        Map<String, String> engine = engineTasks.createTaskQuery().list().stream()
                .collect(Collectors.toMap(Task::getId, t -> String.valueOf(t.getAssignee())));
        Map<String, String> inbox = jdbc.query("select task_id, assignee from task_inbox", (rs, n) ->
                Map.entry(rs.getString(1), String.valueOf(rs.getString(2)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(inbox).isEqualTo(engine);
    }

    @Test
    void theInboxFollowsAssigneesAndDueDatesSetOnTheEngine() {
        String taskId = eligibilityOf(trafficking);
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        Date due = task.getDueDate();
        String holder = task.getAssignee();
        String other = "eko.prasetyo".equals(holder) ? "dewi.anggraini" : "eko.prasetyo";
        try {
            engineTasks.setAssignee(taskId, other);
            assertThat(jdbc.queryForObject("select assignee from task_inbox where task_id = ?", String.class, taskId))
                    .isEqualTo(other);
            assertThat(inboxDueDates(taskId)).hasSizeGreaterThan(1).containsOnly(due.toInstant());
            Date later = Date.from(due.toInstant().plus(Duration.ofDays(40)));
            setDue(taskId, later);
            // the list a unit opens (soonest due first) reads the groups' copy
            assertThat(inboxDueDates(taskId)).containsOnly(later.toInstant());
            assertThat(caseNumbers(listing.myUnits(dewi(), TaskFilter.NONE.sortedBy(TaskFilter.Sort.DUE, false), 0,
                    10))).last().isEqualTo(trafficking);
        } finally {
            setDue(taskId, due);
            engineTasks.setAssignee(taskId, holder);
        }
        assertThat(inboxDueDates(taskId)).containsOnly(due.toInstant());
    }

    private void setDue(String taskId, Date due) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(due);
        engineTasks.saveTask(task);
    }

    /** The task's due date in the inbox and in each of its groups' rows. */
    private List<Instant> inboxDueDates(String taskId) {
        return jdbc.queryForList("select due_at from task_inbox where task_id = ? union all"
                + " select due_at from task_inbox_group where task_id = ?", java.sql.Timestamp.class, taskId, taskId)
                .stream().map(java.sql.Timestamp::toInstant).toList();
    }

    @Test
    void sortedByPriorityEmergenciesComeFirst() {
        TaskPage<TaskRow> page = listing.myUnits(dewi(), TaskFilter.NONE.sortedBy(TaskFilter.Sort.PRIORITY, false), 0, 10);
        assertThat(caseNumbers(page)).startsWith(emergency, trafficking).contains(normal);
        assertThat(page.rows().get(0).subject().priority()).isEqualTo("DARURAT");
    }

    @Test
    void filtersNarrowByPriorityTargetGroupStageTextAndDueDate() {
        assertThat(caseNumbers(listing.myUnits(dewi(), new TaskFilter(null, null, "TINGGI", null, null, null, null, false), 0, 10)))
                .containsExactly(trafficking);
        assertThat(caseNumbers(listing.myUnits(dewi(), new TaskFilter(null, null, null, "TUNA_SOSIAL_PERDAGANGAN", null,
                null, null, false), 0, 10))).containsExactly(trafficking);
        assertThat(listing.myUnits(dewi(), new TaskFilter(null, "ASSESSMENT", null, null, null, null, null, false), 0, 10)
                .total()).isZero();
        String nik = woman(9022).nik();
        assertThat(caseNumbers(listing.myUnits(dewi(), new TaskFilter(nik.substring(4, 14), null, null, null, null, null,
                null, false), 0, 10))).containsExactly(emergency);
        TaskFilter overdue = new TaskFilter(null, null, null, null, TaskFilter.Due.OVERDUE, null, null, false);
        assertThat(listing.myUnits(dewi(), overdue, 0, 10).total()).isZero();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(30))));
        TaskPage<TaskRow> late = listing.myUnits(dewi(), overdue, 0, 10);
        assertThat(caseNumbers(late)).containsExactlyInAnyOrder(normal, emergency, trafficking);
        assertThat(late.rows()).allMatch(TaskRow::overdue);
    }

    @Test
    void pagesAreBoundedAndCounted() {
        TaskPage<TaskRow> first = listing.myUnits(dewi(), TaskFilter.NONE, 0, 2);
        TaskPage<TaskRow> second = listing.myUnits(dewi(), TaskFilter.NONE, 2, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.rows()).hasSize(2);
        assertThat(second.rows()).hasSize(1);
    }

    @Test
    void otherUnitsSeeNothing() {
        assertThat(caseNumbers(listing.myUnits(joko(), 0, 100))).doesNotContain(normal, emergency, trafficking);
        assertThat(caseNumbers(listing.myUnits(citra(), 0, 100))).doesNotContain(normal, emergency, trafficking);
    }

    @Test
    void supervisorsAssignWithinTheirUnitToWhoHoldsTheRole() {
        String task = eligibilityOf(trafficking);
        assertThat(assigning.assign(task, "eko.prasetyo", dewi())).isEqualTo(new Assignment.NotAllowed("assign.notSupervisor"));
        assertThat(assigning.assign(task, "eko.prasetyo", citra())).isEqualTo(new Assignment.NotAllowed("assign.notYourUnit"));
        assertThat(assigning.assign(task, "joko.susilo", fajar())).isEqualTo(new Assignment.NotAllowed("assign.notEligible"));
        assertThat(assigning.assign(task, "fajar.nugroho", fajar())).isEqualTo(new Assignment.NotAllowed("assign.notEligible"));
        assertThat(assigning.assign(task, "eko.prasetyo", fajar())).isEqualTo(new Assignment.Assigned(1, 0));
        assertThat(listing.mine(eko(), 0, 10).rows()).extracting(r -> r.task().id()).contains(task);
        assertThat(assigning.assign(task, "dewi.anggraini", fajar())).isEqualTo(new Assignment.Assigned(1, 0));
        assertThat(listing.mine(eko(), 0, 10).rows()).extracting(r -> r.task().id()).doesNotContain(task);
    }

    @Test
    void aLeavingWorkersTasksAndCasesAreHandedOver() {
        String first = eligibilityOf(normal);
        String second = eligibilityOf(emergency);
        claiming.unclaim(first, dewi());
        assertThat(claiming.claim(first, eko())).isInstanceOf(Claim.Done.class);
        assertThat(claiming.claim(second, eko())).isInstanceOf(Claim.Done.class);
        assertThat(cases.findByCaseNumber(emergency).orElseThrow().getCaseManager()).isEqualTo("eko.prasetyo");
        List<Workload.WorkerLoad> before = workload.of(fajar()).get(0).workers();
        assertThat(before).filteredOn(w -> w.username().equals("eko.prasetyo"))
                .singleElement().satisfies(w -> assertThat(w.openTasks()).isEqualTo(2));
        assertThat(assigning.handOver("eko.prasetyo", "dewi.anggraini", "inten-soeweno", fajar()))
                .isEqualTo(new Assignment.Assigned(2, 0));
        assertThat(listing.mine(eko(), 0, 10).total()).isZero();
        // each task moved is its case's own audit line, by the supervisor
        assertThat(audit.of(AuditTrail.ATENSI_CASE, emergency)).filteredOn(e -> e.getAction().equals("TASK_ASSIGNED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("fajar.nugroho");
                    assertThat(e.getDetails()).endsWith(": eko.prasetyo -> dewi.anggraini");
                });
        assertThat(cases.findByCaseNumber(emergency).orElseThrow().getCaseManager()).isEqualTo("dewi.anggraini");
        assertThat(assigning.handOver("eko.prasetyo", "joko.susilo", "inten-soeweno", fajar()))
                .isEqualTo(new Assignment.NotAllowed("assign.notEligible"));
    }

    @Test
    void aCaseManagerFollowsTheCasesTasksOthersHold() {
        String task = eligibilityOf(trafficking);
        claiming.unclaim(task, dewi());
        claiming.claim(task, dewi());
        assertThat(cases.findByCaseNumber(trafficking).orElseThrow().getCaseManager()).isEqualTo("dewi.anggraini");
        assertThat(listing.followed(dewi(), TaskFilter.NONE, 0, 10).rows()).extracting(r -> r.task().id())
                .doesNotContain(task);
        assigning.assign(task, "eko.prasetyo", fajar());
        assertThat(listing.followed(dewi(), TaskFilter.NONE, 0, 10).rows()).extracting(r -> r.task().id()).contains(task);
        assertThat(listing.followed(eko(), TaskFilter.NONE, 0, 10).rows()).extracting(r -> r.task().id())
                .doesNotContain(task);
    }

    @Test
    void theWorkspaceCountsUnclaimedWork() {
        Workload.UnitLoad unit = workload.of(fajar()).get(0);
        assertThat(unit.unitCode()).isEqualTo("inten-soeweno");
        assertThat(unit.unclaimed()).isGreaterThanOrEqualTo(1);
        assertThat(unit.workers()).extracting(Workload.WorkerLoad::username)
                .containsExactlyInAnyOrder("dewi.anggraini", "eko.prasetyo");
        assertThat(workload.of(dewi())).isEmpty();
    }
}
