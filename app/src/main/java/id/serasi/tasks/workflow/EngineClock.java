package id.serasi.tasks.workflow;

import id.serasi.tasks.ListingTasks;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** "Now" as the engine sees it, so that overdue in a list agrees with the deadline timers. */
@Component
class EngineClock implements ListingTasks.Clock {

    @Override
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
