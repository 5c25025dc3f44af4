package id.serasi.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.serasi.calendar.CalendarProperties;
import id.serasi.calendar.WorkingDayCalendar;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working-day calendar as the deadlines use it: each year's holiday lists with their decree, and a warning for
 * this year or the next where the decree's list is not set yet.
 */
@Route(value = "admin/kalender", layout = MainLayout.class)
@PageTitle("Kalender kerja · Serasi")
@RolesAllowed("admin")
public class CalendarView extends VerticalLayout {

    public CalendarView(CalendarProperties properties, WorkingDayCalendar calendar) {
        setMaxWidth("72em");
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.explain")));
        missingLists(calendar);
        add(fixedDates(calendar), years(properties.years()));
    }

    /** This year and the next, where the decree's list is not set yet. */
    private void missingLists(WorkingDayCalendar calendar) {
        for (int year : calendar.yearsWithoutList(Year.now(Formats.DEFAULT_ZONE).getValue())) {
            Paragraph missing = new Paragraph(getTranslation("calendar.missing", String.valueOf(year)));
            missing.setId("calendar-missing-" + year);
            missing.getStyle().set("color", "var(--lumo-error-text-color)");
            add(missing);
        }
    }

    private Paragraph fixedDates(WorkingDayCalendar calendar) {
        DateTimeFormatter dayAndMonth = DateTimeFormatter.ofPattern("d MMMM", getLocale());
        Paragraph fixed = new Paragraph(getTranslation("calendar.fixedDates", calendar.fixedDates().stream()
                .map(dayAndMonth::format).collect(Collectors.joining(", "))));
        fixed.setId("calendar-fixed");
        return fixed;
    }

    private Grid<Map.Entry<Integer, CalendarProperties.YearList>> years(
            Map<Integer, CalendarProperties.YearList> lists) {
        Grid<Map.Entry<Integer, CalendarProperties.YearList>> grid = new Grid<>();
        grid.setId("calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("calendar.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getValue().decree()).setHeader(getTranslation("calendar.decree")).setAutoWidth(true);
        grid.addColumn(e -> days(e.getValue().holidays())).setHeader(getTranslation("calendar.holidays"))
                .setFlexGrow(3);
        grid.addColumn(e -> days(e.getValue().cutiBersama())).setHeader(getTranslation("calendar.cutiBersama"))
                .setFlexGrow(2);
        List<Map.Entry<Integer, CalendarProperties.YearList>> rows = lists.entrySet().stream()
                .sorted(Map.Entry.<Integer, CalendarProperties.YearList>comparingByKey().reversed()).toList();
        grid.setItems(rows);
        return grid;
    }

    private String days(Collection<LocalDate> days) {
        return days.stream().sorted().map(day -> Formats.date(day, getLocale()))
                .collect(Collectors.joining(", ", days.size() + (days.isEmpty() ? "" : ": "), ""));
    }
}
