package id.serasi.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.actuate.health.Status;

class StartupStepsTest {

    record Step(String name, boolean essential, RuntimeException failure) implements StartupStep {
        @Override
        public void run(ApplicationArguments arguments) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    static StartupSteps of(StartupStep... steps) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (StartupStep step : steps) {
            beans.registerSingleton(step.name(), step);
        }
        StartupSteps startup = new StartupSteps(beans.getBeanProvider(StartupStep.class));
        startup.run(new DefaultApplicationArguments());
        return startup;
    }

    @Test
    void aStepTheServerCanDoWithoutIsReportedAndLeavesItReady() {
        StartupSteps startup = of(new Step("units", true, null),
                new Step("demo-data", false, new IllegalStateException("decision not found")));
        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
        assertThat(startup.health().getDetails()).containsEntry("demo-data", "decision not found");
    }

    @Test
    void anEssentialStepThatFailedMakesTheNodeNotReadyWithTheCause() {
        StartupSteps startup = of(new Step("task-inbox", true, new IllegalStateException("inbox",
                new java.sql.SQLException("table task_inbox missing"))), new Step("demo-data", false, null));
        assertThat(startup.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(startup.health().getDetails()).containsEntry("task-inbox",
                "inbox (SQLException: table task_inbox missing)");
    }

    @Test
    void allDoneIsReady() {
        assertThat(of(new Step("units", true, null)).health().getStatus()).isEqualTo(Status.UP);
    }
}
