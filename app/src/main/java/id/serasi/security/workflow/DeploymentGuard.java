package id.serasi.security.workflow;

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
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Refuses, at deployment and before the engine parses anything, what could run code Serasi did not vet: files other
 * than BPMN and DMN (CMMN, forms, scripts), and in a model whatever {@link ModelAllowList} does not allow; decision
 * tables in FEEL only. The same check runs when the engine reads a stored deployment again. At run time expressions
 * resolve the allow-listed beans and no other Spring bean — a second line, not a sandbox: the deployment check is
 * what keeps Java out of a model. The message is what Camunda Modeler shows the analyst.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final List<String> MODEL_FILES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml");
    private static final List<String> DECISION_FILES = List.of(".dmn", ".dmn11.xml");
    private static final Set<String> FEEL = Set.of("feel", "feel-scala", "https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/feel/20140401");

    /**
     * The engine's XML reading (its XXE settings, its element tree, namespaces as the BPMN parser reads them), without
     * its BPMN semantics; with a factory of its own, as the engine's is shared and set up by each BPMN parse.
     */
    private static final Parser XML = new Parser() {
        private final ThreadLocal<SAXParserFactory> factory = ThreadLocal.withInitial(() -> {
            SAXParserFactory namespaced = SAXParserFactory.newInstance();
            namespaced.setNamespaceAware(true);
            namespaced.setValidating(false);
            try {
                namespaced.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            } catch (ParserConfigurationException | SAXException unsupported) {
                throw new IllegalStateException(unsupported);
            }
            return namespaced;
        });

        @Override
        public Parse createParse() {
            return new Parse(this) {
            };
        }

        @Override
        protected SAXParserFactory getSaxParserFactoryLazily() {
            return factory.get();
        }
    };

    private final ApplicationContext context;
    private final ModelAllowList models;

    DeploymentGuard(@Lazy ApplicationContext context) {
        this.context = context;
        this.models = new ModelAllowList(new ExpressionAllowList(context::containsBean, this::declares));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
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

    /**
     * Refuses as the engine refuses a model it cannot read: a {@link ParseException}, which its REST answers with
     * 400 and each problem listed under the file, as Camunda Modeler shows it (a plain engine exception was a 500).
     */
    private static void refuseIfAny(DeploymentEntity deployment, List<String> problems) {
        if (!problems.isEmpty()) {
            String files = String.join(", ", deployment.getResources().keySet());
            throw new ParseException("Model ditolak / model refused: " + String.join("; ", problems), files,
                    problems.stream().<Problem>map(Refusal::new).toList(), List.of());
        }
    }

    /** One reason a model is refused; the element it names is in its text. */
    private record Refusal(String getMessage) implements Problem {
        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return null;
        }

        @Override
        public List<String> getElementIds() {
            return List.of();
        }
    }

    private void inspectFiles(DeploymentEntity deployment) {
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            // the engine picks a file's deployer by its exact ending: x.BPMN would be stored unread
            String name = resource.getName();
            if (MODEL_FILES.stream().noneMatch(name::endsWith)) {
                problems.add(name + ": hanya model BPMN dan DMN (.bpmn, .dmn) yang boleh dipasang (bukan CMMN, formulir"
                        + " atau skrip) / only BPMN and DMN models (.bpmn, .dmn) may be deployed (no CMMN, forms or"
                        + " scripts)");
            } else if (DECISION_FILES.stream().anyMatch(name::endsWith)) {
                inspectDecision(resource, problems);
            } else {
                inspectModel(resource, problems);
            }
        }
        refuseIfAny(deployment, problems);
    }

    /**
     * Reads the model with the engine's own XML parser, before the engine parses it as BPMN: parsing alone would
     * already create some classes a model names (a form handler).
     */
    private void inspectModel(ResourceEntity resource, List<String> problems) {
        Element root;
        try {
            root = XML.createParse().name(resource.getName()).sourceInputStream(
                    new ByteArrayInputStream(resource.getBytes())).execute().getRootElement();
        } catch (RuntimeException unreadable) {
            problems.add(resource.getName() + ": berkas BPMN tidak terbaca / the BPMN file cannot be read");
            return;
        }
        models.inspect(root, problems);
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
