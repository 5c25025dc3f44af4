package id.serasi.atensi.workflow;

import id.serasi.atensi.CaseLifecycle;
import id.serasi.atensi.Outcome;
import id.serasi.atensi.Stage;
import id.serasi.common.workflow.ParseListeners;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reads the extension properties {@code serasi.stage} and {@code serasi.outcome} that analysts set on model elements
 * (the element templates offer them) and reports reaching such an element to {@link CaseLifecycle}. The case's stage
 * so follows the model, not Java constants, and a new model version can move stages without a code change.
 */
@Component
class StageTracking extends AbstractProcessEnginePlugin {

    static final String STAGE_PROPERTY = "serasi.stage";
    static final String OUTCOME_PROPERTY = "serasi.outcome";

    private final CaseLifecycle lifecycle;

    StageTracking(@Lazy CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPost(configuration, new PropertyListener());
    }

    private final class PropertyListener extends AbstractBpmnParseListener {

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }

        @Override
        public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }

        @Override
        public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }

        @Override
        public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            track(element, activity);
        }
    }

    private void track(Element element, ActivityImpl activity) {
        Map<String, String> properties = propertiesOf(element);
        String stage = properties.get(STAGE_PROPERTY);
        if (stage != null) {
            Stage value = Stage.valueOf(stage);
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                    lifecycle.entered(execution.getProcessBusinessKey(), value));
        }
        String outcome = properties.get(OUTCOME_PROPERTY);
        if (outcome != null) {
            Outcome value = Outcome.valueOf(outcome);
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                    lifecycle.ended(execution.getProcessBusinessKey(), value));
        }
    }

    private static Map<String, String> propertiesOf(Element element) {
        Map<String, String> result = new HashMap<>();
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return result;
        }
        for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                result.put(property.attribute("name"), property.attribute("value"));
            }
        }
        return result;
    }
}
