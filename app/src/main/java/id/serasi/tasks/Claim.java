package id.serasi.tasks;

/** What became of claiming (or giving back) a task. */
public sealed interface Claim {

    record Done(String taskId) implements Claim {
    }

    /** A colleague holds it; {@code holder} says who. */
    record AlreadyClaimed(String holder) implements Claim {
    }

    record Gone() implements Claim {
    }

    record NotOffered() implements Claim {
    }
}
