package id.serasi.atensi;

import id.serasi.common.FieldProblem;
import java.util.List;

/** What became of a transfer or an early end. */
public sealed interface ChangingCourse {

    record Done(String caseNumber) implements ChangingCourse {
    }

    record Invalid(List<FieldProblem> problems) implements ChangingCourse {
    }

    record NotAllowed(String messageKey) implements ChangingCourse {
    }
}
