package id.serasi.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Indonesian date formats ("17 Agu 2026"), in the time zone of the unit the date belongs to (WIB, WITA, WIT). */
public final class Formats {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private Formats() {
    }

    public static String date(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(instant.atZone(zone));
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(instant.atZone(zone))
                + " " + ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
    }

    public static String date(Instant instant, Locale locale) {
        return date(instant, locale, DEFAULT_ZONE);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(instant, locale, DEFAULT_ZONE);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }
}
