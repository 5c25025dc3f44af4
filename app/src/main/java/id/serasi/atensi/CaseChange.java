package id.serasi.atensi;

import id.serasi.common.FieldProblem;
import java.util.List;

/** What became of a change to a case file: a transfer, an early end, a note or a document. */
public sealed interface CaseChange {

    record Done(String caseNumber) implements CaseChange {
    }

    record Invalid(List<FieldProblem> problems) implements CaseChange {
    }

    record NotAllowed(String messageKey) implements CaseChange {
    }
}
