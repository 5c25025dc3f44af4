package id.serasi.atensi.workflow;

import id.serasi.calendar.WorkingDayCalendar;
import id.serasi.unit.UnitZones;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines for the models: {@code ${workingDays.dueIn(unitCode, 3)}} is the end of the third working day after
 * today, in the unit's own time zone (WIB, WITA or WIT). The engine's clock is used so that tests can move time.
 */
@Component("workingDays")
public class WorkingDays {

    private static final ZoneId CENTRAL = ZoneId.of("Asia/Jakarta");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;
    private final UnitZones zones;

    WorkingDays(WorkingDayCalendar calendar, UnitZones zones) {
        this.calendar = calendar;
        this.zones = zones;
    }

    public Date dueIn(String unitCode, Object days) {
        return dueIn(zones.of(unitCode), days);
    }

    /** For work done at the ministry in Jakarta (whistleblowing reports): {@code ${workingDays.centralDueIn(3)}}. */
    public Date centralDueIn(Object days) {
        return dueIn(CENTRAL, days);
    }

    private Date dueIn(ZoneId zone, Object days) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
        LocalDate due = calendar.addWorkingDays(today, ((Number) days).intValue());
        return Date.from(due.atTime(END_OF_DAY).atZone(zone).toInstant());
    }
}
