package id.serasi.security.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads every element and attribute of a BPMN model for what could run code on the server. Java classes are never
 * named (every {@code class} attribute, variable mapping classes), scripts are never written or referenced, external
 * tasks and connectors are not Serasi's, delegates are the allow-listed beans by name, and every other expression
 * passes the {@link ExpressionAllowList}. Each problem names the element, so Camunda Modeler's message leads the
 * analyst to it.
 */
final class ModelAllowList {

    /** Elements that hold or call a script, or hand work to code outside Serasi. */
    private static final Set<String> REFUSED_ELEMENTS = Set.of("scriptTask", "script", "connector", "connectorId");
    /**
     * Attributes naming script resources or languages, external work or Camunda Forms, whatever element carries them;
     * and every attribute whose name ends in "class" (a listener's class, formHandlerClass, variableMappingClass…).
     */
    private static final Set<String> REFUSED_ATTRIBUTES = Set.of("resource", "scriptFormat", "language",
            "expressionLanguage", "topic", "type", "formRef", "formRefBinding", "formRefVersion");
    /** Serasi's own forms: a form key never names a file of the deployment, which the engine would serve as a page. */
    private static final String FORM_KEY_PREFIX = "serasi:";
    /** Attributes whose value must name one allow-listed bean: {@code ${checkingIdentity}}. */
    private static final Set<String> DELEGATES = Set.of("delegateExpression", "variableMappingDelegateExpression");
    /** The attribute name behind an attribute's namespace, as the engine's XML element keys them. */
    private static final String NAMESPACE_SEPARATOR = ":";
    private static final Set<String> BPMN_LANGUAGE_ATTRIBUTES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/MODEL", "");

    private final ExpressionAllowList expressions;

    ModelAllowList(ExpressionAllowList expressions) {
        this.expressions = expressions;
    }

    void inspect(Element root, List<String> problems) {
        inspect(root, null, problems);
    }

    /** @param parent where the nearest element with an id is, for elements without one (listeners, fields) */
    private void inspect(Element element, String parent, List<String> problems) {
        String tag = element.getTagName();
        String where = element.attribute("id") != null ? element.attribute("id")
                : parent == null ? tag : "extensionElements".equals(tag) ? parent : parent + "/" + tag;
        if (REFUSED_ELEMENTS.contains(tag) || "constraint".equals(tag) && "validator".equals(element.attribute("name"))) {
            problems.add(where + ": skrip tidak diizinkan, begitu pula konektor; pakai templat elemen Serasi / scripts"
                    + " are not allowed, nor connectors; use a Serasi element template");
        }
        for (String key : element.attributes()) {
            attribute(where, tag, key, element.attribute(key), problems);
        }
        if (ExpressionAllowList.mayHoldExpression(element.getText())) {
            expressions.check(where, element.getText(), problems);
        }
        for (Element child : element.elements()) {
            inspect(child, where, problems);
        }
    }

    private void attribute(String where, String tag, String key, String value, List<String> problems) {
        int separator = key.lastIndexOf(NAMESPACE_SEPARATOR);
        String name = separator < 0 ? key : key.substring(separator + 1);
        String namespace = separator < 0 ? "" : key.substring(0, separator);
        boolean namesClass = name.toLowerCase(Locale.ROOT).endsWith("class");
        if (namesClass || REFUSED_ATTRIBUTES.contains(name) && !harmless(tag, name, namespace)) {
            problems.add(where + ": atribut '" + name + "' tidak diizinkan (kelas Java, skrip atau tugas eksternal),"
                    + " pakai templat elemen Serasi / attribute '" + name + "' is not allowed (Java classes, scripts"
                    + " or external tasks), use a Serasi element template");
        } else if ("formKey".equals(name) && !value.startsWith(FORM_KEY_PREFIX)) {
            problems.add(where + ": formKey '" + value + "' bukan formulir Serasi (" + FORM_KEY_PREFIX + "…) / the form"
                    + " key is not one of Serasi's forms");
        } else if (DELEGATES.contains(name)) {
            if (ExpressionAllowList.delegateBean(value) == null) {
                problems.add(where + ": delegate '" + value + "' bukan bean Serasi " + ExpressionAllowList.BEANS
                        + " / the delegate is not one of Serasi's beans");
            }
        } else if (ExpressionAllowList.mayHoldExpression(value)) {
            expressions.check(where, value, problems);
        }
    }

    /**
     * The few uses of refused attribute names that run nothing: the BPMN namespace's {@code xsi:type} of a formal
     * expression, and the definitions' declared expression language, which the engine ignores.
     */
    private static boolean harmless(String tag, String name, String namespace) {
        if ("type".equals(name)) {
            return namespace.equals("http://www.w3.org/2001/XMLSchema-instance");
        }
        return "expressionLanguage".equals(name) && "definitions".equals(tag)
                && BPMN_LANGUAGE_ATTRIBUTES.contains(namespace);
    }
}
