package id.serasi.whistleblowing;

import id.serasi.document.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 24 symbols from an alphabet without look-alikes (120 random bits), shown once as
 * {@code ABCD-EFGH-…} and stored only as their SHA-256. With that much randomness a plain hash cannot be reversed
 * by guessing, and it lets the code be looked up directly.
 */
final class ReceiptCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (any case, spaces or dashes), if it can be a receipt code at all. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    static String hash(String normalisedCode) {
        return DocumentStore.sha256(normalisedCode.getBytes(StandardCharsets.US_ASCII));
    }
}
