package id.serasi.tasks;

/**
 * What a task list is narrowed to and sorted by. Empty fields do not narrow. Stage, priority and target group are
 * the names of the ATENSI enums and DMN outputs; {@code text} matches a case number, NIK or beneficiary name.
 */
public record TaskFilter(String text, String stage, String priority, String targetGroup, Due due, String unitCode,
                         Sort sort, boolean descending) {

    public enum Due { OVERDUE, TODAY, THIS_WEEK }

    public enum Sort { DUE, PRIORITY, CREATED, CASE_NUMBER, BENEFICIARY, STAGE }

    public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null, null, Sort.DUE, false);

    public TaskFilter {
        sort = sort == null ? Sort.DUE : sort;
    }

    /** The list as it opens: nothing narrowed, soonest due first. */
    public boolean isDefault() {
        return blank(text) && blank(stage) && blank(priority) && blank(targetGroup) && due == null && blank(unitCode)
                && sort == Sort.DUE && !descending;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public TaskFilter sortedBy(Sort by, boolean desc) {
        return new TaskFilter(text, stage, priority, targetGroup, due, unitCode, by, desc);
    }
}
