package id.serasi.tasks;

/** One row of a task list: the task and the case behind it. */
public record TaskRow(TaskInfo task, CaseSummary subject, boolean overdue) {
}
