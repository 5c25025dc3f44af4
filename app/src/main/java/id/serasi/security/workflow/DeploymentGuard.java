package id.serasi.security.workflow;

import id.serasi.common.workflow.ParseListeners;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Refuses, at deployment, any model that could run code Serasi did not vet: script tasks, scripts in listeners or
 * conditions, expressions naming a Spring bean outside the allow-list, and expressions reaching for the engine or for
 * classes. The message is what Camunda Modeler shows the analyst.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    /** The beans models may name: the element templates offer exactly these. */
    static final Set<String> ALLOWED_BEANS = Set.of("checkingIdentity", "recordingTriage", "escalatingMissedDeadline",
            "workingDays", "atensiSettings", "approvedPlans", "whistleblowingSettings", "informingReporter",
            "routingComplaint", "closingIncompleteReport", "escalatingReportDeadline");
    private static final Pattern EXPRESSION_LANGUAGE = Pattern.compile("expressionLanguage\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern ROOT = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "processEngine|ProcessEngine|getClass|\\.class\\b|[cC]lassLoader|\\bRuntime\\b|ProcessBuilder|forName|java\\.");

    private final ApplicationContext context;

    DeploymentGuard(@Lazy ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPre(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
                List<String> problems = new ArrayList<>();
                inspect(root, problems);
                refuseIfAny(problems);
            }
        });
        List<Deployer> before = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        before.add(this::inspectDecisions);
        configuration.setCustomPreDeployers(before);
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ProcessEngineException("Model ditolak / model refused: " + String.join("; ", problems));
        }
    }

    /**
     * Decision tables may only use FEEL: JUEL would reach Spring beans and the engine, and script languages run code.
     */
    private void inspectDecisions(DeploymentEntity deployment) {
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (!resource.getName().endsWith(".dmn") && !resource.getName().endsWith(".dmn11.xml")) {
                continue;
            }
            Matcher language = EXPRESSION_LANGUAGE.matcher(new String(resource.getBytes(), StandardCharsets.UTF_8));
            while (language.find()) {
                if (!language.group(1).toLowerCase(Locale.ROOT).contains("feel")) {
                    problems.add(resource.getName() + ": bahasa ekspresi '" + language.group(1)
                            + "' tidak diizinkan, pakai FEEL / expression language '" + language.group(1)
                            + "' is not allowed, use FEEL");
                }
            }
        }
        refuseIfAny(problems);
    }

    private void inspect(Element element, List<String> problems) {
        String tag = element.getTagName();
        String where = element.attribute("id") != null ? element.attribute("id") : tag;
        if ("scriptTask".equals(tag) || "script".equals(tag)) {
            problems.add(where + ": skrip tidak diizinkan, pakai templat elemen Serasi / scripts are not allowed,"
                    + " use a Serasi element template");
        }
        if ("conditionExpression".equals(tag) && element.attribute("language") != null) {
            problems.add(where + ": kondisi berbentuk skrip tidak diizinkan / script conditions are not allowed");
        }
        for (String name : element.attributes()) {
            check(where, element.attribute(name), problems);
        }
        check(where, element.getText(), problems);
        for (Element child : element.elements()) {
            inspect(child, problems);
        }
    }

    private void check(String where, String text, List<String> problems) {
        if (text == null || text.indexOf('{') < 0) {
            return;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            if (FORBIDDEN.matcher(body).find()) {
                problems.add(where + ": ekspresi menjangkau engine atau kelas Java: " + expression.group()
                        + " / the expression reaches for the engine or Java classes");
                continue;
            }
            Matcher root = ROOT.matcher(body.replaceAll("'[^']*'|\"[^\"]*\"", "''"));
            while (root.find()) {
                String name = root.group(1);
                if (context.containsBean(name) && !ALLOWED_BEANS.contains(name)) {
                    problems.add(where + ": bean '" + name + "' di luar daftar yang diizinkan " + ALLOWED_BEANS
                            + " / bean outside the allow-list");
                }
            }
        }
    }
}
