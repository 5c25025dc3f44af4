package id.serasi.atensi.workflow;

import id.serasi.atensi.ProcessDiagram;
import id.serasi.atensi.ProcessStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/** The engine's history of a case's process, reduced to the steps a person would name. */
@Component
public class ProcessHistory {

    private static final Set<String> SHOWN = Set.of("userTask", "serviceTask", "businessRuleTask", "noneEndEvent",
            "intermediateTimer", "boundaryTimer", "boundaryMessage", "boundaryError", "startEvent");

    private final HistoryService history;
    private final RepositoryService repository;

    ProcessHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** The process model of the instance, what is active in it and what has finished. */
    public ProcessDiagram diagram(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        Set<String> active = new HashSet<>();
        Set<String> completed = new HashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            (a.getEndTime() == null ? active : completed).add(a.getActivityId());
        }
        completed.removeAll(active);
        try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
            return new ProcessDiagram(new String(model.readAllBytes(), StandardCharsets.UTF_8), active, completed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
