package id.serasi.tasks;

/** Published inside the claiming transaction, so features can react (e.g. name a case manager) atomically. */
public record TaskClaimed(TaskInfo task, String username) {
}
