package id.serasi.beneficiary;

import java.util.Optional;
import java.util.Set;

/**
 * A Kemendagri region code: province (2 digits), regency/city (2), district (2), village (4), written dotted
 * ({@code 33.73.04.1001}). Shorter prefixes (province, regency, district) are valid codes of their own level.
 */
public record RegionCode(String digits) {

    /** Province codes in use since the 2022 Papua split (11 Aceh … 96 Papua Barat Daya). */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    public RegionCode {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get() + ": " + digits);
        }
    }

    /** Accepts dotted or plain digits; answers the message key of what is wrong, if anything. */
    public static Optional<String> problemWith(String digits) {
        if (digits == null || !digits.matches("\\d{2}|\\d{4}|\\d{6}|\\d{10}")) {
            return Optional.of("validation.region.format");
        }
        if (!PROVINCES.contains(digits.substring(0, 2))) {
            return Optional.of("validation.region.province");
        }
        if (digits.length() >= 4) {
            int regency = Integer.parseInt(digits.substring(2, 4));
            if (regency == 0 || regency == 70) {
                return Optional.of("validation.region.regency");
            }
        }
        if (digits.length() >= 6 && digits.substring(4, 6).equals("00")) {
            return Optional.of("validation.region.district");
        }
        if (digits.length() == 10) {
            char kind = digits.charAt(6);
            if ((kind != '1' && kind != '2') || digits.substring(7).equals("000")) {
                return Optional.of("validation.region.village");
            }
        }
        return Optional.empty();
    }

    public static RegionCode parse(String text) {
        return new RegionCode(text == null ? null : text.replace(".", "").trim());
    }

    public boolean isCity() {
        return digits.length() >= 4 && Integer.parseInt(digits.substring(2, 4)) >= 71;
    }

    public String regency() {
        return digits.substring(0, Math.min(4, digits.length()));
    }

    public String dotted() {
        StringBuilder out = new StringBuilder(digits.substring(0, 2));
        for (int i = 2; i < digits.length(); i += 2) {
            out.append('.').append(digits, i, i == 6 ? 10 : i + 2);
            if (i == 6) {
                break;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return dotted();
    }
}
