package id.serasi.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The holiday lists per year, as {@code serasi.calendar.years.2026.holidays} and {@code ...cuti-bersama}.
 * An administrator adds next year's lists when the joint decree is published. {@code serasi.calendar.fixed-dates}
 * are the holidays fixed by date in law ({@code MM-dd}), which also count in a year that has no list yet.
 */
@ConfigurationProperties("serasi.calendar")
public record CalendarProperties(Map<Integer, YearList> years, List<String> fixedDates) {

    public CalendarProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
        fixedDates = fixedDates == null ? List.of() : List.copyOf(fixedDates);
        fixedMonthDays(fixedDates);
    }

    /** The fixed dates as month and day; a value that is not one stops the start with what to write instead. */
    public List<MonthDay> fixedMonthDays() {
        return fixedMonthDays(fixedDates);
    }

    private static List<MonthDay> fixedMonthDays(List<String> values) {
        return values.stream().map(value -> {
            try {
                return MonthDay.parse("--" + value.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("serasi.calendar.fixed-dates: '" + value
                        + "' is not a month and day; write it as MM-dd, e.g. 08-17", e);
            }
        }).toList();
    }

    public record YearList(String decree, List<LocalDate> holidays, List<LocalDate> cutiBersama) {
        public YearList {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            cutiBersama = cutiBersama == null ? List.of() : List.copyOf(cutiBersama);
        }
    }
}
