package id.serasi.whistleblowing;

import id.serasi.common.FieldProblem;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of filing a report: its number and the receipt code (shown once, never stored), what to fix, or how
 * long this client must wait because it has filed too many reports lately.
 */
public sealed interface Filing {

    record Filed(String reportNumber, String receiptCode) implements Filing {
    }

    record Invalid(List<FieldProblem> problems) implements Filing {
    }

    record Wait(Duration retryAfter) implements Filing {
    }
}
