package id.serasi.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up steps. A step that throws was an application runner's exception, and Spring Boot stopped the
 * whole server for it: demo data seeding while an analyst deployed a model took the embedded default down. Now the
 * failure is logged with its cause, the other steps still run, and the readiness check (health component
 * {@code startup}) names each failed step with its reason, so an operator sees what is wrong on a server that still
 * answers; it is down when an essential step failed, so the proxy sends that node no traffic.
 */
@Component("startup")
class StartupSteps implements ApplicationRunner, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final ObjectProvider<StartupStep> steps;
    private final Map<String, String> failed = new LinkedHashMap<>();
    private boolean essentialFailed;

    StartupSteps(ObjectProvider<StartupStep> steps) {
        this.steps = steps;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        steps.orderedStream().forEach(step -> {
            try {
                step.run(arguments);
            } catch (RuntimeException e) {
                log.error("Start-up step '{}' failed; the server keeps running without it", step.name(), e);
                synchronized (failed) {
                    failed.put(step.name(), reason(e));
                    essentialFailed |= step.essential();
                }
            }
        });
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }

    @Override
    public Health health() {
        synchronized (failed) {
            Health.Builder health = essentialFailed ? Health.down() : Health.up();
            return health.withDetails(Map.copyOf(failed)).build();
        }
    }
}
