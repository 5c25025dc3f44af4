package id.serasi.tasks;

import id.serasi.common.FieldProblem;
import java.util.List;

/** What became of submitting a task form (the subject is the case or report number). Nothing is saved unless it is {@link Completed}. */
public sealed interface Completion {

    record Completed(String subjectNumber) implements Completion {
    }

    record Invalid(List<FieldProblem> problems) implements Completion {
    }

    /** Not allowed as asked, e.g. approving one's own plan; the message key says why. */
    record Refused(String messageKey) implements Completion {
    }

    /** The task was completed or cancelled meanwhile, by someone else or by the process. */
    record Gone() implements Completion {
    }
}
