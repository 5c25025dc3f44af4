package id.serasi.retention;

import id.serasi.common.FieldProblem;
import java.util.List;

/** What became of placing or lifting a legal hold. */
public sealed interface HoldChange {

    record Done(String number) implements HoldChange {
    }

    record Invalid(List<FieldProblem> problems) implements HoldChange {
    }

    record NotAllowed(String messageKey) implements HoldChange {
    }
}
