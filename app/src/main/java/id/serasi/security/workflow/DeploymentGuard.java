package id.serasi.security.workflow;

import id.serasi.common.workflow.ParseListeners;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Refuses, at deployment, anything that could run code Serasi did not vet: files other than BPMN and DMN (CMMN, forms,
 * scripts), and in a model whatever {@link ModelAllowList} does not allow; decision tables in FEEL only. At run time
 * expressions resolve the allow-listed beans and no other, so a model that slipped past still reaches nothing else.
 * The message is what Camunda Modeler shows the analyst.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final List<String> MODEL_FILES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml");
    private static final List<String> DECISION_FILES = List.of(".dmn", ".dmn11.xml");
    private static final Set<String> FEEL = Set.of("feel", "feel-scala", "https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/feel/20140401");

    private final ApplicationContext context;
    private final ModelAllowList models;

    DeploymentGuard(@Lazy ApplicationContext context) {
        this.context = context;
        this.models = new ModelAllowList(new ExpressionAllowList(context::containsBean, this::declares));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPre(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
                List<String> problems = new ArrayList<>();
                models.inspect(root, problems);
                refuseIfAny(problems);
            }
        });
        List<Deployer> before = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        before.add(this::inspectFiles);
        configuration.setCustomPreDeployers(before);
        configuration.setExpressionManager(new SpringExpressionManager(context, new AllowedBeans(context)));
    }

    /** Whether the bean's own class declares a public method of that name (its proxy's class is not asked). */
    private boolean declares(String bean, String method) {
        Class<?> type = context.containsBean(bean) ? context.getType(bean) : null;
        return type != null && Arrays.stream(ClassUtils.getUserClass(type).getDeclaredMethods())
                .anyMatch(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()));
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ProcessEngineException("Model ditolak / model refused: " + String.join("; ", problems));
        }
    }

    private void inspectFiles(DeploymentEntity deployment) {
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName().toLowerCase(Locale.ROOT);
            if (MODEL_FILES.stream().noneMatch(name::endsWith)) {
                problems.add(resource.getName() + ": hanya model BPMN dan DMN yang boleh dipasang (bukan CMMN, formulir"
                        + " atau skrip) / only BPMN and DMN models may be deployed (no CMMN, forms or scripts)");
            } else if (DECISION_FILES.stream().anyMatch(name::endsWith)) {
                inspectDecision(resource, problems);
            }
        }
        refuseIfAny(problems);
    }

    /** Decision tables may only use FEEL: JUEL would reach Spring beans and the engine, and script languages run code. */
    private static void inspectDecision(ResourceEntity resource, List<String> problems) {
        NodeList elements;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            elements = factory.newDocumentBuilder().parse(new ByteArrayInputStream(resource.getBytes()))
                    .getElementsByTagNameNS("*", "*");
        } catch (Exception unreadable) {
            problems.add(resource.getName() + ": berkas DMN tidak terbaca / the DMN file cannot be read");
            return;
        }
        for (int i = 0; i < elements.getLength(); i++) {
            NamedNodeMap attributes = elements.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String value = attribute.getNodeValue().strip();
                if ("expressionLanguage".equals(attribute.getLocalName())
                        && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
                    problems.add(resource.getName() + ": bahasa ekspresi '" + value + "' tidak diizinkan, pakai FEEL"
                            + " / expression language '" + value + "' is not allowed, use FEEL");
                }
            }
        }
    }

    /** The beans expressions may resolve, looked up only when a model names one. */
    private static final class AllowedBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;

        AllowedBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object name) {
            return ExpressionAllowList.BEANS.contains(name) && context.containsBean((String) name);
        }

        @Override
        public Object get(Object name) {
            return containsKey(name) ? context.getBean((String) name) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return Set.of();
        }
    }
}
