package id.serasi.beneficiary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Structural checks of the two 16-digit identifiers (DOMAIN.md "Identifiers"). Neither has a check digit, so the
 * checks are: length and digits, the region prefix, the embedded date, and a serial from 0001.
 * Every check answers the message key of the first problem, so the UI can tell the user what to fix.
 */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    /** NIK: region (6) + DDMMYY birth date, women's day + 40 + serial (4). */
    public static Optional<String> nikProblem(String nik) {
        Optional<String> shape = shapeProblem(nik, "nik");
        if (shape.isPresent()) {
            return shape;
        }
        if (RegionCode.problemWith(nik.substring(0, 6)).isPresent()) {
            return Optional.of("validation.nik.region");
        }
        if (birthDateOf(nik).isEmpty()) {
            return Optional.of("validation.nik.date");
        }
        return serialProblem(nik, "nik");
    }

    /** KK: region (6) + DDMMYY issue date + serial (4); no +40 for a family card. */
    public static Optional<String> kkProblem(String kk) {
        Optional<String> shape = shapeProblem(kk, "kk");
        if (shape.isPresent()) {
            return shape;
        }
        if (RegionCode.problemWith(kk.substring(0, 6)).isPresent()) {
            return Optional.of("validation.kk.region");
        }
        if (date(kk.substring(6, 12), false, LocalDate.now()).isEmpty()) {
            return Optional.of("validation.kk.date");
        }
        return serialProblem(kk, "kk");
    }

    /** The birth date a structurally valid NIK carries; the century is the latest that is not in the future. */
    public static Optional<LocalDate> birthDateOf(String nik) {
        return date(nik.substring(6, 12), true, LocalDate.now());
    }

    public static Gender genderOf(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > 40 ? Gender.FEMALE : Gender.MALE;
    }

    private static Optional<String> shapeProblem(String number, String kind) {
        if (number == null || number.isBlank()) {
            return Optional.of("validation." + kind + ".required");
        }
        // ASCII digits only: fullwidth or Arabic-Indic digits would register the same person twice
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("validation." + kind + ".digits");
        }
        if (number.length() != 16) {
            return Optional.of("validation." + kind + ".length");
        }
        return Optional.empty();
    }

    private static Optional<String> serialProblem(String number, String kind) {
        return number.endsWith("0000") ? Optional.of("validation." + kind + ".serial") : Optional.empty();
    }

    private static Optional<LocalDate> date(String ddmmyy, boolean femaleOffset, LocalDate today) {
        int day = Integer.parseInt(ddmmyy.substring(0, 2));
        if (femaleOffset && day > 40) {
            day -= 40;
        }
        int month = Integer.parseInt(ddmmyy.substring(2, 4));
        int yy = Integer.parseInt(ddmmyy.substring(4, 6));
        int year = 2000 + yy > today.getYear() ? 1900 + yy : 2000 + yy;
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
