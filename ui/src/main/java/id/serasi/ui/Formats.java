package id.serasi.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesian date formats ("17 Agu 2026"), in the unit's time zone. */
public final class Formats {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private Formats() {
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(instant.atZone(DEFAULT_ZONE));
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(instant.atZone(DEFAULT_ZONE));
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }
}
