package id.serasi.tasks;

/** Published inside the transaction in which the holder gave the task back to its groups. */
public record TaskUnclaimed(TaskInfo task, String username) {
}
