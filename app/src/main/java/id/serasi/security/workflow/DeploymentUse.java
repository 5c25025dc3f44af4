package id.serasi.security.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** How many cases a deployment's models still run, and how many ended cases have their history in it. */
@Component
public class DeploymentUse {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;

    DeploymentUse(RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    public long runningCases(String deploymentId) {
        return runtime.createProcessInstanceQuery().deploymentId(deploymentId).count();
    }

    public long endedCases(String deploymentId) {
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).list().stream()
                .mapToLong(definition -> history.createHistoricProcessInstanceQuery()
                        .processDefinitionId(definition.getId()).finished().count())
                .sum();
    }
}
