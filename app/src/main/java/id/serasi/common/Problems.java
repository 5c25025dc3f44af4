package id.serasi.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects what a user must fix in a form, field by field, as message keys. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    /** A text that must be given, of at most {@code limit} characters (a feature's declared limit). */
    public Problems text(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            found.add(new FieldProblem(field, "validation.required"));
        } else {
            optionalText(field, value, limit);
        }
        return this;
    }

    /** A text of at most {@code limit} characters, each limit with its own message ({@link #tooLong(int)}). */
    public Problems optionalText(String field, String value, int limit) {
        if (value == null) {
            return this;
        }
        if (value.length() > limit) {
            found.add(new FieldProblem(field, tooLong(limit)));
        } else if (hasDirectionControls(value)) {
            found.add(new FieldProblem(field, "validation.directionControl"));
        }
        return this;
    }

    /**
     * Right-to-left overrides, embeddings, isolates and marks turn what a text shows around ("‮gnp.exe" reads
     * "exe.png"); nobody types them into a name or a report.
     */
    public static boolean hasDirectionControls(String value) {
        return value != null && value.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || c == 0x061C);
    }

    /** The message key that names the limit, e.g. {@code validation.tooLong.200}: the form shows the same one. */
    public static String tooLong(int limit) {
        return "validation.tooLong." + limit;
    }

    /** Whether a problem is a text over its limit (a draft may be incomplete, but not too long). */
    public static boolean isTooLong(FieldProblem problem) {
        return problem.messageKey().startsWith("validation.tooLong.");
    }

    public Problems present(String field, Object value) {
        if (value == null) {
            found.add(new FieldProblem(field, "validation.required"));
        }
        return this;
    }

    public Problems notEmpty(String field, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            found.add(new FieldProblem(field, "validation.chooseOne"));
        }
        return this;
    }

    public Problems check(boolean ok, String field, String messageKey) {
        if (!ok) {
            found.add(new FieldProblem(field, messageKey));
        }
        return this;
    }

    public Problems addAll(Collection<FieldProblem> problems) {
        found.addAll(problems);
        return this;
    }

    public List<FieldProblem> list() {
        return List.copyOf(found);
    }
}
