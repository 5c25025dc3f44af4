package id.serasi.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects what a user must fix in a form, field by field, as message keys. */
public final class Problems {

    public static final int TEXT_LIMIT = 4000;

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems text(String field, String value) {
        if (value == null || value.isBlank()) {
            found.add(new FieldProblem(field, "validation.required"));
        } else {
            optionalText(field, value);
        }
        return this;
    }

    public Problems optionalText(String field, String value) {
        return optionalText(field, value, TEXT_LIMIT);
    }

    /** A short text such as a place or a name: at most {@code limit} characters, each limit with its own message. */
    public Problems optionalText(String field, String value, int limit) {
        if (value == null) {
            return this;
        }
        if (value.length() > limit) {
            found.add(new FieldProblem(field, limit == TEXT_LIMIT ? "validation.tooLong" : "validation.tooLong." + limit));
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
