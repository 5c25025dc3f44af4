package id.serasi.atensi;

import id.serasi.tasks.TaskInfo;

/** A task with the case file it belongs to, and the service form when it is one delivery of the plan. */
public record TaskContext(TaskInfo task, CaseFile file, ServiceForm serviceForm) {
}
