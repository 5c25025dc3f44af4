package id.serasi.whistleblowing.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts whistleblowing process instances and delivers the reporter's answers to them. */
@Component
public class WhistleblowingProcess {

    public static final String PROCESS_KEY = "whistleblowing";
    static final String MESSAGE_REPORTER_ANSWERED = "wbs-reporter-answered";
    static final String REPORT_ID = "reportId";
    static final String CATEGORY = "category";

    private final RuntimeService runtime;

    WhistleblowingProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Only the report's id, number and category go into the engine: its content stays in Serasi's tables. */
    public String start(long reportId, String reportNumber, String category) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, reportNumber,
                Map.of(REPORT_ID, reportId, CATEGORY, category)).getId();
    }

    /** Whether the report waits for the reporter's answer to a screening question. */
    public boolean awaitsReporter(String processInstanceId) {
        return runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventName(MESSAGE_REPORTER_ANSWERED).count() > 0;
    }

    /** The reporter answered on the portal: screening starts again. */
    public void reporterAnswered(String processInstanceId) {
        runtime.createMessageCorrelation(MESSAGE_REPORTER_ANSWERED).processInstanceId(processInstanceId).correlate();
    }
}
