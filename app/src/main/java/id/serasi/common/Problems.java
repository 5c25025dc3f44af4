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
        } else if (value.length() > TEXT_LIMIT) {
            found.add(new FieldProblem(field, "validation.tooLong"));
        }
        return this;
    }

    public Problems optionalText(String field, String value) {
        if (value != null && value.length() > TEXT_LIMIT) {
            found.add(new FieldProblem(field, "validation.tooLong"));
        }
        return this;
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
