package id.serasi.demo.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/** Demo only: runs a case's waiting timers now, as if their time had come (an after-care visit made early). */
@Component
public class DueTimers {

    private final ManagementService management;

    DueTimers(ManagementService management) {
        this.management = management;
    }

    public void fireDue(String processInstanceId) {
        management.createJobQuery().processInstanceId(processInstanceId).timers().list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
