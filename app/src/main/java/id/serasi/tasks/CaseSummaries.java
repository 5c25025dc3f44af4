package id.serasi.tasks;

import java.util.Collection;
import java.util.Map;

/** Implemented by each feature whose processes have tasks: summaries for many process instances in one query. */
public interface CaseSummaries {

    Map<String, CaseSummary> byProcessInstance(Collection<String> processInstanceIds);
}
