package id.serasi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** Idul Fitri 2026 (SKB 3 Menteri): cuti bersama 18, 20, 23, 24 Mar; Nyepi 19 Mar; Idul Fitri 21–22 Mar. */
    static final WorkingDayCalendar LEBARAN_2026 = new WorkingDayCalendar(List.of(
            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
            LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24)), List.of(2026),
            List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(6, 1), MonthDay.of(8, 17), MonthDay.of(12, 25)));

    @Test
    void weekendsDoNotCount() {
        // Friday 6 Nov 2026 + 3 working days = Wednesday 11 Nov
        assertThat(LEBARAN_2026.addWorkingDays(LocalDate.of(2026, 11, 6), 3)).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void holidaysAndCutiBersamaDoNotCount() {
        // Tuesday 17 Mar 2026 + 3 working days: 18–24 Mar are off, so 25, 26, 27 Mar
        assertThat(LEBARAN_2026.addWorkingDays(LocalDate.of(2026, 3, 17), 3)).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(LEBARAN_2026.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();
        assertThat(LEBARAN_2026.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 27))).isEqualTo(5);
    }

    @Test
    void zeroDaysIsTodayAndNegativeIsRefused() {
        assertThat(LEBARAN_2026.addWorkingDays(LocalDate.of(2026, 11, 7), 0)).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThatThrownBy(() -> LEBARAN_2026.addWorkingDays(LocalDate.of(2026, 11, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearWithoutAListCountsWeekendsAndTheFixedDateHolidaysAndSaysSo() {
        assertThat(LEBARAN_2026.hasListFor(2026)).isTrue();
        assertThat(LEBARAN_2026.hasListFor(2027)).isFalse();
        assertThat(LEBARAN_2026.yearsWithoutList(2026)).containsExactly(2027);
        assertThat(LEBARAN_2026.yearsWithoutList(2025)).containsExactly(2025);
        // Friday 1 Jan 2027 is New Year's Day by law, whatever the 2027 decree adds
        assertThat(LEBARAN_2026.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        // Tuesday 29 Dec 2026 + 3 working days: 30 and 31 Dec, then Monday 4 Jan 2027
        assertThat(LEBARAN_2026.addWorkingDays(LocalDate.of(2026, 12, 29), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
        // the moving holidays of 2027 are not known without the list: 10 Mar 2027 is counted
        assertThat(LEBARAN_2026.isWorkingDay(LocalDate.of(2027, 3, 10))).isTrue();
    }

    @Test
    void aYearsListIsTheWholeOfItsDaysOff() {
        // 1 Jun is a fixed date, but this test's list of 2026 leaves it out: once set, the list alone decides
        assertThat(LEBARAN_2026.isWorkingDay(LocalDate.of(2026, 6, 1))).isTrue();
    }

    @Test
    void aFixedDateThatIsNotOneStopsTheStartWithWhatToWrite() {
        assertThat(new CalendarProperties(null, List.of("08-17", " 12-25")).fixedMonthDays())
                .containsExactly(MonthDay.of(8, 17), MonthDay.of(12, 25));
        assertThatThrownBy(() -> new CalendarProperties(null, List.of("17-08")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serasi.calendar.fixed-dates: '17-08'")
                .hasMessageContaining("MM-dd");
    }
}
