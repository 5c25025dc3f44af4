package id.serasi.tasks;

/** What became of a supervisor assigning work. */
public sealed interface Assignment {

    /** {@code tasks} moved (one for a single assignment); {@code skipped} were completed or taken meanwhile. */
    record Assigned(int tasks, int skipped) implements Assignment {
    }

    record NotAllowed(String messageKey) implements Assignment {
    }

    record Gone() implements Assignment {
    }
}
