package id.serasi.retention.workflow;

import id.serasi.common.StartupStep;
import id.serasi.retention.ProcessHistoryRetention;
import id.serasi.retention.RetainedRecords;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The engine's side of retention: the history time to live of the retained case types' processes is the operator's
 * setting ({@code serasi.retention.engine-history-days}), whatever the model says, applied to every deployed version
 * at start-up; held cases and reports have their process history's removal time cleared, released ones get it back.
 */
@Component
class EngineHistoryRetention implements ProcessHistoryRetention, StartupStep {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryRetention.class);

    private final HistoryService history;
    private final RepositoryService repository;
    private final List<String> processKeys;
    private final int days;

    EngineHistoryRetention(HistoryService history, RepositoryService repository, List<RetainedRecords> types,
                           @Value("${serasi.retention.engine-history-days:3650}") int days) {
        this.history = history;
        this.repository = repository;
        this.processKeys = types.stream().map(RetainedRecords::processKey).toList();
        this.days = days;
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public String name() {
        return "engine-history-retention";
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int updated = 0;
        for (String key : processKeys) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .list()) {
                if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                    updated++;
                }
            }
        }
        if (updated > 0) {
            log.info("Engine history is kept {} days after a process ends ({} definitions updated)", days, updated);
        }
    }

    @Override
    public void keep(String processInstanceId) {
        history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime().byIds(processInstanceId)
                .hierarchical().executeAsync();
    }

    @Override
    public void release(String processInstanceId) {
        history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byIds(processInstanceId)
                .hierarchical().executeAsync();
    }

    @Override
    public void remove(String processInstanceId) {
        history.deleteHistoricProcessInstancesIfExists(List.of(processInstanceId));
    }
}
