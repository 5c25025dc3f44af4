package id.serasi.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The holiday lists per year, as {@code serasi.calendar.years.2026.holidays} and {@code ...cuti-bersama}.
 * An administrator adds next year's lists when the joint decree is published.
 */
@ConfigurationProperties("serasi.calendar")
public record CalendarProperties(Map<Integer, YearList> years) {

    public CalendarProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
    }

    public record YearList(String decree, List<LocalDate> holidays, List<LocalDate> cutiBersama) {
        public YearList {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            cutiBersama = cutiBersama == null ? List.of() : List.copyOf(cutiBersama);
        }
    }
}
