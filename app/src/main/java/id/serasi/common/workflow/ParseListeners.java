package id.serasi.common.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds a BPMN parse listener to the engine's configuration beside those already there. */
public final class ParseListeners {

    private ParseListeners() {
    }

    /** Runs before the engine's own parsing of each element: for checks that refuse a model. */
    public static void addPre(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        configuration.setCustomPreBPMNParseListeners(with(configuration.getCustomPreBPMNParseListeners(), listener));
    }

    /** Runs after the engine's own parsing of each element: for listeners added to parsed activities. */
    public static void addPost(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        configuration.setCustomPostBPMNParseListeners(with(configuration.getCustomPostBPMNParseListeners(), listener));
    }

    private static List<BpmnParseListener> with(List<BpmnParseListener> present, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = present == null ? new ArrayList<>() : new ArrayList<>(present);
        listeners.add(listener);
        return listeners;
    }
}
