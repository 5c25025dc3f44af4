package id.serasi.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        List<LocalDate> daysOff = new ArrayList<>();
        properties.years().values().forEach(year -> {
            daysOff.addAll(year.holidays());
            daysOff.addAll(year.cutiBersama());
        });
        WorkingDayCalendar calendar = new WorkingDayCalendar(daysOff, properties.years().keySet(),
                properties.fixedMonthDays());
        for (int year : calendar.yearsWithoutList(Year.now().getValue())) {
            log.warn("No holiday list for {}: deadlines in {} skip weekends and the fixed-date holidays {} only, "
                    + "until serasi.calendar.years.{} is set from the SKB 3 Menteri", year, year,
                    properties.fixedDates(), year);
        }
        return calendar;
    }
}
