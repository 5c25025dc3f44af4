package id.serasi.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The ATENSI model on a Camunda engine with no Serasi code at all: the same history level and database, the model's
 * beans answered by the simplest stand-ins (no records, no audit, no index, no task inbox), driven along the same
 * path as Serasi's walk: every user task claimed and completed with the variables the model's gateways read.
 */
final class BareEngine implements AutoCloseable {

    private static final Map<String, Map<String, Object>> DECISIONS = Map.of(
            "serasi:eligibility", Map.of("eligible", true),
            "serasi:intervention-plan", Map.of("conferenceNeeded", false),
            "serasi:plan-approval", Map.of("planDecision", "APPROVED"),
            "serasi:evaluation", Map.of("goalsMet", true),
            "serasi:termination-approval", Map.of("terminationDecision", "APPROVED"),
            "serasi:after-care-visit", Map.of("afterCareOutcome", "COMPLETE"));

    private final HikariDataSource dataSource = new HikariDataSource();
    private final ProcessEngine engine;

    BareEngine(String schema, String historyLevel) {
        SerasiNode.emptySchema(schema);
        dataSource.setJdbcUrl(SerasiNode.SERVER + "?currentSchema=" + schema);
        dataSource.setUsername(SerasiNode.USER);
        dataSource.setMaximumPoolSize(10);
        dataSource.setAutoCommit(false);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchema(schema);
        configuration.setDatabaseTablePrefix(schema + ".");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(historyLevel);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("bare-" + schema);
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("checkingIdentity", nothing);
        beans.put("recordingTriage", nothing);
        beans.put("escalatingMissedDeadline", nothing);
        beans.put("workingDays", new Days());
        beans.put("approvedPlans", new Plans());
        beans.put("atensiSettings", new Settings());
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("atensi-bare")
                .addClasspathResource("processes/atensi-rehabilitation.bpmn")
                .addClasspathResource("processes/atensi-triage.dmn").deploy();
    }

    /** Stand-in for {@code workingDays}: calendar days, no holidays. */
    public static final class Days {
        public Date dueIn(String unitCode, Object days) {
            return Date.from(Instant.now().plus(Duration.ofDays(((Number) days).longValue())));
        }
    }

    /** Stand-in for {@code approvedPlans}: every plan has two service forms. */
    public static final class Plans {
        public List<String> serviceForms(Object caseId) {
            return List.of("THERAPY", "FAMILY_SUPPORT");
        }
    }

    /** Stand-in for {@code atensiSettings}: the embedded default's intervals. */
    public static final class Settings {
        public String progressReportCycle() {
            return "R/P30D";
        }

        public String afterCareInterval() {
            return "P30D";
        }
    }

    /** One case from start to the end of after-care. */
    void lifecycle(long caseId, String unitCode) {
        Map<String, Object> start = new HashMap<>();
        start.put("caseId", caseId);
        start.put("unitCode", unitCode);
        start.put("targetGroup", "PPKS_LAIN");
        start.put("vulnerable", false);
        start.put("age", 34);
        start.put("emergency", false);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("atensi-rehabilitation",
                "ATN-BARE-" + caseId, start).getId();
        var tasks = engine.getTaskService();
        for (int step = 0; step < 40; step++) {
            List<Task> open = tasks.createTaskQuery().processInstanceId(instance).initializeFormKeys().list();
            if (open.isEmpty()) {
                var timers = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list();
                if (timers.isEmpty()) {
                    return;
                }
                timers.forEach(job -> engine.getManagementService().executeJob(job.getId()));
                continue;
            }
            Task task = open.get(0);
            tasks.claim(task.getId(), "pekerja." + unitCode);
            tasks.complete(task.getId(), DECISIONS.getOrDefault(task.getFormKey(), Map.of()));
        }
        throw new IllegalStateException("bare lifecycle of " + instance + " did not end");
    }

    boolean ended(long caseId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("ATN-BARE-" + caseId).completed().count() == 1;
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    /**
     * The bare engine's own JVM ({@link BareEngineProcess}): {@code batch <from> <count>} runs cases on two threads
     * and answers the JVM's CPU nanoseconds, its JIT compilers' milliseconds and each case's nanoseconds;
     * {@code ended <cases>} answers how many did not end. Ends when its input does.
     */
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var compilers = ManagementFactory.getCompilationMXBean();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (BareEngine engine = new BareEngine(args[0], args[1])) {
            say("ready");
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                String[] command = line.split(" ");
                try {
                    if (command[0].equals("batch")) {
                        long cpu = os.getProcessCpuTime();
                        long compiling = compilers.getTotalCompilationTime();
                        Figures times = new Figures("bare");
                        LifecycleBench.onTwoThreads(Integer.parseInt(command[1]), Integer.parseInt(command[2]),
                                i -> engine.lifecycle(i, LifecycleBench.unitOf(i)), times);
                        say((os.getProcessCpuTime() - cpu) + " " + (compilers.getTotalCompilationTime() - compiling)
                                + " " + times.samples().stream().map(String::valueOf).collect(Collectors.joining(",")));
                    } else if (command[0].equals("ended")) {
                        int cases = Integer.parseInt(command[1]);
                        say(String.valueOf(IntStream.range(0, cases).filter(i -> !engine.ended(i)).count()));
                    } else {
                        say("failed: unknown command " + line);
                    }
                } catch (Exception e) {
                    say("failed: " + e);
                }
            }
        }
    }

    private static void say(String answer) {
        synchronized (System.out) {
            System.out.println(BareEngineProcess.ANSWER + answer);
            System.out.flush();
        }
    }
}
