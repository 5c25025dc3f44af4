package id.serasi.tasks;

/**
 * Published inside the assigning transaction: a supervisor gave the task to {@code toUsername} (held before by
 * {@code fromUsername}, null when nobody held it), so features can write it to their case's trail atomically.
 */
public record TaskAssigned(TaskInfo task, String fromUsername, String toUsername, String supervisor) {
}
