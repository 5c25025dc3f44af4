package id.serasi.atensi.workflow;

import id.serasi.atensi.CaseLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Catat hasil triase": the priority the triage table chose becomes the case's priority. */
@Component("recordingTriage")
class RecordingTriage implements JavaDelegate {

    static final String PRIORITY = "priority";

    private final CaseLifecycle lifecycle;

    RecordingTriage(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.triaged(execution.getProcessBusinessKey(), (String) execution.getVariable(PRIORITY));
    }
}
