package id.serasi.tasks;

import id.serasi.common.LengthOf;

/** The longest name of a saved task-list filter, and of the text a task list is narrowed by. */
public final class TaskLimits {

    @LengthOf("saved_task_filter.name")
    public static final int FILTER_NAME = 100;

    /** Kept in a saved filter beside its other fields; escaping ';' and '\' may double it ({@link SavedFilters}). */
    @LengthOf(value = "saved_task_filter.filter", less = 800)
    public static final int FILTER_TEXT = 200;

    private TaskLimits() {
    }
}
