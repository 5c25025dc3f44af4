package id.serasi.tasks;

import java.util.List;

/** One page of a task list and how many tasks the whole list has. */
public record TaskPage<T>(List<T> rows, long total) {
}
