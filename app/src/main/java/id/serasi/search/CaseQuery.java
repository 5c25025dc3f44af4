package id.serasi.search;

import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a member of staff asks the case search: one box of text (a name or part of one, a NIK or KK or their first
 * digits, a case number, a word from an address, a problem or a note), facet filters, an opening-date range, an
 * optional circle on the map, an order and a page.
 *
 * @param text      free text; blank finds every case the user may open
 * @param near      cases whose beneficiary lives within a distance of a point, or {@code null}
 * @param page      zero-based
 */
public record CaseQuery(String text, Set<Stage> stages, Set<String> units, Set<TargetGroup> targetGroups,
                        Set<String> priorities, Set<ServiceForm> serviceForms, LocalDate openedFrom,
                        LocalDate openedTo, Near near, Order order, int page, int size) {

    public static final int LARGEST_PAGE = 100;

    /** The search box's limit: longer than any name, NIK, case number or address words; the rest is not searched. */
    public static final int TEXT_LIMIT = 200;

    public CaseQuery {
        text = text == null ? "" : text.strip();
        text = text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text;
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        units = units == null ? Set.of() : Set.copyOf(units);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        serviceForms = serviceForms == null ? Set.of() : Set.copyOf(serviceForms);
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(0, page);
        size = Math.min(Math.max(1, size), LARGEST_PAGE);
    }

    /** All cases the user may open, first page, by relevance. */
    public static CaseQuery of(String text) {
        return new CaseQuery(text, null, null, null, null, null, null, null, null, Order.RELEVANCE, 0, 20);
    }

    public CaseQuery withText(String newText) {
        return new CaseQuery(newText, stages, units, targetGroups, priorities, serviceForms,
                openedFrom, openedTo, near, order,
                page, size);
    }

    public CaseQuery withStages(Set<Stage> newStages) {
        return new CaseQuery(text, newStages, units, targetGroups, priorities, serviceForms,
                openedFrom, openedTo, near, order,
                page, size);
    }

    public CaseQuery withUnits(Set<String> newUnits) {
        return new CaseQuery(text, stages, newUnits, targetGroups, priorities, serviceForms,
                openedFrom, openedTo, near, order,
                page, size);
    }

    public CaseQuery withTargetGroups(Set<TargetGroup> groups) {
        return new CaseQuery(text, stages, units, groups, priorities, serviceForms,
                openedFrom, openedTo, near, order, page, size);
    }

    public CaseQuery withPriorities(Set<String> newPriorities) {
        return new CaseQuery(text, stages, units, targetGroups, newPriorities, serviceForms,
                openedFrom, openedTo, near, order,
                page, size);
    }

    public CaseQuery withServiceForms(Set<ServiceForm> forms) {
        return new CaseQuery(text, stages, units, targetGroups, priorities, forms, openedFrom, openedTo, near, order,
                page, size);
    }

    public CaseQuery openedBetween(LocalDate from, LocalDate to) {
        return new CaseQuery(text, stages, units, targetGroups, priorities, serviceForms,
                from, to, near, order, page, size);
    }

    public CaseQuery near(Near circle) {
        return new CaseQuery(text, stages, units, targetGroups, priorities, serviceForms,
                openedFrom, openedTo, circle, order, page,
                size);
    }

    public CaseQuery orderedBy(Order newOrder) {
        return new CaseQuery(text, stages, units, targetGroups, priorities, serviceForms,
                openedFrom, openedTo, near, newOrder,
                page, size);
    }

    public CaseQuery page(int newPage, int newSize) {
        return new CaseQuery(text, stages, units, targetGroups, priorities, serviceForms,
                openedFrom, openedTo, near, order,
                newPage, newSize);
    }

    /** A circle on the map: the point and its radius in kilometres. */
    public record Near(double latitude, double longitude, double kilometres) {
    }

    public enum Order {
        RELEVANCE, NEWEST, OLDEST, CASE_NUMBER, NEAREST
    }
}
