package id.serasi.whistleblowing;

import id.serasi.common.FieldProblem;
import java.util.List;

/** The outcome of filing a report: its number and the receipt code (shown once, never stored), or what to fix. */
public sealed interface Filing {

    record Filed(String reportNumber, String receiptCode) implements Filing {
    }

    record Invalid(List<FieldProblem> problems) implements Filing {
    }
}
