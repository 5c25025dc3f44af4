package id.serasi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Monday to Friday minus national holidays and cuti bersama. The lists are configuration, fixed each year by the
 * SKB 3 Menteri. For a year without its list, the holidays fixed by date in law (New Year, Labour Day, Pancasila
 * Day, Independence Day, Christmas) still do not count, the holidays whose date moves from year to year and the
 * cuti bersama are unknown, and {@link #hasListFor(int)} says so.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> daysOff;
    private final Set<Integer> listedYears;
    private final Set<MonthDay> fixedDates;

    public WorkingDayCalendar(Collection<LocalDate> daysOff, Collection<Integer> listedYears,
                              Collection<MonthDay> fixedDates) {
        this.daysOff = Set.copyOf(daysOff);
        this.listedYears = Set.copyOf(listedYears);
        this.fixedDates = Set.copyOf(fixedDates);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        // a year's list is the decree, which names the fixed-date holidays too
        return hasListFor(day.getYear()) ? !daysOff.contains(day) : !fixedDates.contains(MonthDay.from(day));
    }

    /** The day on which a deadline of {@code days} working days, counted from the day after {@code start}, ends. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public boolean hasListFor(int year) {
        return listedYears.contains(year);
    }

    /** Of {@code thisYear} and the year after it, those whose list is not set: deadlines there may fall wrong. */
    public List<Integer> yearsWithoutList(int thisYear) {
        return IntStream.rangeClosed(thisYear, thisYear + 1).filter(year -> !hasListFor(year)).boxed().toList();
    }

    public Set<Integer> listedYears() {
        return new TreeSet<>(listedYears);
    }

    /** The holidays fixed by date, which count in a year without its list. */
    public Set<MonthDay> fixedDates() {
        return new TreeSet<>(fixedDates);
    }
}
