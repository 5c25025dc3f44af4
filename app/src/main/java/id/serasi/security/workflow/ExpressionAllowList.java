package id.serasi.security.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a deployed model may say, read from the expression's syntax tree the way the engine parses
 * it: literals, operators, process variables, the allow-listed beans and their methods, a variable read through
 * {@code execution.getVariable('name')} and the fields of a decision's result. Everything else — brackets, functions,
 * methods of anything but those beans, properties of the engine's objects — is refused, however it is spelled.
 */
final class ExpressionAllowList {

    /** The beans models may name: the element templates offer exactly these. */
    static final Set<String> BEANS = Set.of("checkingIdentity", "recordingTriage", "escalatingMissedDeadline",
            "workingDays", "atensiSettings", "approvedPlans", "whistleblowingSettings", "informingReporter",
            "routingComplaint", "closingIncompleteReport", "escalatingReportDeadline");
    /** Names the engine itself resolves to its objects, from which the whole engine can be reached. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
            "variableScope", "variableContext", "authenticatedUserId", "processEngine", "processEngineServices");
    /** The only methods called on something other than an allow-listed bean, and on what. */
    private static final Map<String, Set<String>> METHODS_OF = Map.of(
            "execution", Set.of("getVariable"),
            "decisionResult", Set.of("getSingleResult", "getFirstResult"));
    /** A decision result's entries are read by name: {@code decisionResult.getSingleResult().priority}. */
    private static final Set<String> ENTRY_READERS = METHODS_OF.get("decisionResult");
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private final Predicate<String> isOtherBean;
    private final BiPredicate<String, String> isBeanMethod;

    /**
     * @param isOtherBean whether a name is a Spring bean (outside the allow-list, since those are checked first)
     * @param isBeanMethod whether an allow-listed bean's own class declares a public method of that name (not one it
     *                     inherits from {@code Object} — {@code wait}, {@code getClass} — or a proxy adds)
     */
    ExpressionAllowList(Predicate<String> isOtherBean, BiPredicate<String, String> isBeanMethod) {
        this.isOtherBean = isOtherBean;
        this.isBeanMethod = isBeanMethod;
    }

    static boolean mayHoldExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Adds to {@code problems} why {@code text} (a value holding one or more expressions) is refused. */
    void check(String where, String text, List<String> problems) {
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (TreeBuilderException | IllegalArgumentException unreadable) {
            problems.add(where + ": ekspresi tidak terbaca: " + text + " / the expression cannot be read");
            return;
        }
        String refused = refusal(root);
        if (refused != null) {
            problems.add(where + ": ekspresi " + text + " tidak diizinkan (" + refused + "); pakai variabel proses"
                    + " atau bean Serasi " + BEANS + " / the expression is not allowed (" + refused
                    + "); use process variables or Serasi's beans");
        }
    }

    /** The single bean a delegate expression names, or null when it is anything else. */
    static String delegateBean(String text) {
        try {
            Node root = PARSER.build(text.strip()).getRoot();
            if (root instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier bean
                    && BEANS.contains(bean.getName())) {
                return bean.getName();
            }
        } catch (TreeBuilderException | IllegalArgumentException unreadable) {
            return null;
        }
        return null;
    }

    /** Why the node is refused, or null when it and everything under it is allowed. */
    private String refusal(Node node) {
        if (node instanceof AstText || node instanceof AstLiteral) {
            return null;
        }
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName());
        }
        if (node instanceof AstMethod method) {
            return method(method);
        }
        if (node instanceof AstDot dot) {
            return entryRead(dot);
        }
        if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
                || node instanceof AstUnary || node instanceof AstBinary || node instanceof AstChoice
                || node instanceof AstParameters) {
            return children(node);
        }
        return "bentuk '" + node + "' / form '" + node + "'";
    }

    private String children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            String refused = refusal(node.getChild(i));
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    private String identifier(String name) {
        if (BEANS.contains(name)) {
            return null;
        }
        if (ENGINE_NAMES.contains(name)) {
            return "'" + name + "' menjangkau engine / reaches the engine";
        }
        if (isOtherBean.test(name)) {
            return "bean '" + name + "' di luar daftar yang diizinkan / bean outside the allow-list";
        }
        return null;
    }

    /** {@code bean.method(…)} for an allow-listed bean, or one of {@link #METHODS_OF} with plain arguments. */
    private String method(AstMethod method) {
        if (!(method.getChild(0) instanceof AstDot dot)) {
            return "pemanggilan dengan kurung siku / a call through brackets";
        }
        String name = propertyOf(dot);
        if (!(dot.getChild(0) instanceof AstIdentifier target)) {
            String inner = refusal(dot.getChild(0));
            return inner != null ? inner : "metode '" + name + "' pada hasil pemanggilan / method '" + name
                    + "' on a call's result";
        }
        String on = target.getName();
        String refused = METHODS_OF.containsKey(on) ? null : identifier(on);
        if (refused != null) {
            return refused;
        }
        boolean allowed = BEANS.contains(on) ? isBeanMethod.test(on, name)
                : METHODS_OF.getOrDefault(on, Set.of()).contains(name);
        if (!allowed) {
            return "metode '" + on + "." + name + "' / method '" + on + "." + name + "'";
        }
        if ("execution".equals(on) && !plainName(method.getChild(1))) {
            return "execution.getVariable hanya dengan nama tetap / execution.getVariable with a fixed name only";
        }
        return children(method.getChild(1));
    }

    /** {@code decisionResult.getSingleResult().name}: an output of the decision, by name. */
    private String entryRead(AstDot dot) {
        if (dot.getChild(0) instanceof AstMethod reader && reader.getChild(0) instanceof AstDot call
                && call.getChild(0) instanceof AstIdentifier result && "decisionResult".equals(result.getName())
                && ENTRY_READERS.contains(propertyOf(call)) && reader.getChild(1).getCardinality() == 0) {
            return null;
        }
        return "properti '" + propertyOf(dot) + "' / property '" + propertyOf(dot) + "'";
    }

    private static boolean plainName(Node parameters) {
        return parameters.getCardinality() == 1 && parameters.getChild(0) instanceof AstLiteral;
    }

    /** JUEL keeps a dot's property name to itself; its text form is ". name". */
    private static String propertyOf(AstDot dot) {
        String text = dot.toString();
        return text.startsWith(". ") ? text.substring(2) : text;
    }
}
