package id.serasi.atensi.workflow;

import id.serasi.atensi.ProcessStep;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/** The engine's history of a case's process, reduced to the steps a person would name. */
@Component
public class ProcessHistory {

    private static final Set<String> SHOWN = Set.of("userTask", "serviceTask", "businessRuleTask", "noneEndEvent",
            "intermediateTimer", "boundaryTimer", "boundaryMessage", "boundaryError", "startEvent");

    private final HistoryService history;

    ProcessHistory(HistoryService history) {
        this.history = history;
    }

    public List<ProcessStep> of(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> SHOWN.contains(a.getActivityType()) && a.getActivityName() != null)
                .map(ProcessHistory::step).toList();
    }

    private static ProcessStep step(HistoricActivityInstance a) {
        return new ProcessStep(a.getActivityName(), a.getActivityType(), a.getStartTime().toInstant(),
                a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee(), a.isCanceled());
    }
}
