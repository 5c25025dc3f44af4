package id.serasi.tasks.workflow;

/** Someone else got there first: the task was claimed by another ({@code TAKEN}) or is no longer open ({@code GONE}). */
public class TaskConflict extends RuntimeException {

    public enum Kind { TAKEN, GONE }

    private final Kind kind;
    private final String holder;

    TaskConflict(Kind kind, String holder, Throwable cause) {
        super(kind + (holder == null ? "" : " by " + holder), cause);
        this.kind = kind;
        this.holder = holder;
    }

    public Kind kind() {
        return kind;
    }

    public String holder() {
        return holder;
    }
}
