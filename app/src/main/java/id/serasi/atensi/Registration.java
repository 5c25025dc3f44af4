package id.serasi.atensi;

import id.serasi.common.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/** What became of a registration attempt. */
public sealed interface Registration {

    /** @param identityKept the person's record is held by another unit too, and kept as it was (not overwritten) */
    record Registered(String caseNumber, boolean identityKept) implements Registration {
    }

    record Invalid(List<FieldProblem> problems) implements Registration {
    }

    /** Refused: this NIK already has an open case in the worker's own units, which the worker should open instead. */
    record DuplicateOpenCase(String caseNumber) implements Registration {
    }

    /** Refused: this NIK has an open case in another unit; the worker learns whom to ask, nothing of the case. */
    record OpenCaseElsewhere(String unitName) implements Registration {
    }

    /**
     * Same name and birth date in the same regency under another NIK: the worker must confirm it is someone else.
     * Matches of the worker's own units are shown; of others only the unit that holds them.
     */
    record PossibleDuplicates(List<Match> matches, List<String> heldElsewhere) implements Registration {
    }

    record NotAllowed(String messageKey) implements Registration {
    }

    record Match(String fullName, String nik, LocalDate birthDate, String address) {
    }
}
