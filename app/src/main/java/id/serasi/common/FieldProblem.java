package id.serasi.common;

/** A field the user must fix, and the message key that says how. */
public record FieldProblem(String field, String messageKey) {
}
