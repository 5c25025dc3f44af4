package id.serasi.common;

import org.springframework.boot.ApplicationArguments;

/**
 * Work done once when the server starts (the demo data, the search index check, the task inbox rebuild). Each is
 * run by {@link StartupSteps}, in the order of its {@code @Order}: one that fails is logged and reported by the
 * readiness check, and the server keeps running.
 */
public interface StartupStep {

    /** A short name for the log and the readiness check: {@code demo-data}, {@code task-inbox}. */
    String name();

    void run(ApplicationArguments arguments);

    /**
     * Whether the server cannot serve properly without this step (the realm's units, the task inbox): its failure
     * makes readiness {@code DOWN}. A step it can do without (demo data, the history retention setting) is reported
     * in readiness's details and leaves it up.
     */
    default boolean essential() {
        return true;
    }
}
