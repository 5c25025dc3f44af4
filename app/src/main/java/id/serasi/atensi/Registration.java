package id.serasi.atensi;

import id.serasi.common.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/** What became of a registration attempt. */
public sealed interface Registration {

    record Registered(String caseNumber) implements Registration {
    }

    record Invalid(List<FieldProblem> problems) implements Registration {
    }

    /** Refused: this NIK already has an open case, which the worker should open instead. */
    record DuplicateOpenCase(String caseNumber) implements Registration {
    }

    /** Same name and birth date in the same regency under another NIK: the worker must confirm it is someone else. */
    record PossibleDuplicates(List<Match> matches) implements Registration {
    }

    record NotAllowed(String messageKey) implements Registration {
    }

    record Match(String fullName, String nik, LocalDate birthDate, String address) {
    }
}
