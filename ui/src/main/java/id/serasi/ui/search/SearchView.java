package id.serasi.ui.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import id.serasi.search.CaseQuery;
import id.serasi.search.CaseResults;
import id.serasi.search.CaseResults.Facet;
import id.serasi.search.CaseResults.Hit;
import id.serasi.search.SearchingCases;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.TextLimits;
import id.serasi.ui.atensi.CaseView;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Case search: one box (a name or its start, NIK digits, a case number, words of an address, problem or note),
 * facets with counts, an opening-date range, "near a case or a point", ordering and pages. Every count is over
 * cases of the user's own units only: the access rule is part of the query.
 */
@Route(value = "cari", layout = MainLayout.class)
@PageTitle("Cari kasus · Serasi")
@RolesAllowed({"social-worker", "supervisor"})
public class SearchView extends VerticalLayout {

    static final int PAGE_SIZE = 20;

    private final transient SearchingCases searching;
    private final CurrentStaff currentStaff;
    private final TextField box = new TextField();
    private final ComboBox<CaseQuery.Order> order = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField near = new TextField();
    private final IntegerField kilometres = new IntegerField();
    private final Map<Facet, CheckboxGroup<String>> facets = new EnumMap<>(Facet.class);
    private final Grid<Hit> grid = new Grid<>();
    private final Span summary = new Span();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private int page;
    private long total;
    private boolean updating;

    public SearchView(SearchingCases searching, CurrentStaff currentStaff) {
        this.searching = searching;
        this.currentStaff = currentStaff;
        setSizeFull();
        configureFields();
        configureGrid();
        VerticalLayout facetColumn = new VerticalLayout();
        facetColumn.setPadding(false);
        facetColumn.setWidth("16em");
        for (Facet facet : Facet.values()) {
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("search.facet." + facet));
            group.setId("facet-" + facet.name().toLowerCase().replace('_', '-'));
            group.addValueChangeListener(e -> searchFromFirstPage());
            facets.put(facet, group);
            facetColumn.add(group);
        }
        previous.setId("search-previous");
        previous.setAriaLabel(getTranslation("search.previous"));
        previous.addClickListener(e -> show(page - 1));
        next.setId("search-next");
        next.setAriaLabel(getTranslation("search.next"));
        next.addClickListener(e -> show(page + 1));
        summary.setId("search-summary");
        HorizontalLayout paging = new HorizontalLayout(previous, summary, next);
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(order, from, to, near, kilometres);
        filters.setWrap(true);
        VerticalLayout results = new VerticalLayout(paging, grid);
        results.setPadding(false);
        results.setSizeFull();
        HorizontalLayout body = new HorizontalLayout(facetColumn, results);
        body.setSizeFull();
        body.expand(results);
        add(new H2(getTranslation("search.title")), box, filters, body);
        show(0);
    }

    private void configureFields() {
        box.setId("search-box");
        box.setLabel(getTranslation("search.box"));
        box.setPlaceholder(getTranslation("search.box.placeholder"));
        box.setWidthFull();
        box.setClearButtonVisible(true);
        TextLimits.limit(box, CaseQuery.TEXT_LIMIT);
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setValueChangeMode(ValueChangeMode.TIMEOUT);
        box.setValueChangeTimeout(300);
        box.addValueChangeListener(e -> searchFromFirstPage());
        order.setId("search-order");
        order.setLabel(getTranslation("search.order"));
        order.setItems(CaseQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o));
        order.setValue(CaseQuery.Order.RELEVANCE);
        order.addValueChangeListener(e -> searchFromFirstPage());
        from.setId("search-from");
        from.setLabel(getTranslation("search.openedFrom"));
        from.addValueChangeListener(e -> searchFromFirstPage());
        to.setId("search-to");
        to.setLabel(getTranslation("search.openedTo"));
        to.addValueChangeListener(e -> searchFromFirstPage());
        near.setId("search-near");
        near.setLabel(getTranslation("search.near"));
        near.setPlaceholder(getTranslation("search.near.placeholder"));
        near.setClearButtonVisible(true);
        near.addValueChangeListener(e -> searchFromFirstPage());
        kilometres.setId("search-km");
        kilometres.setLabel(getTranslation("search.km"));
        kilometres.setMin(1);
        kilometres.setMax(2000);
        kilometres.setValue(10);
        kilometres.setStepButtonsVisible(true);
        kilometres.addValueChangeListener(e -> searchFromFirstPage());
    }

    private void configureGrid() {
        grid.setId("search-grid");
        grid.addComponentColumn(h -> new RouterLink(h.caseNumber(), CaseView.class, CaseView.parameters(h.caseNumber())))
                .setHeader(getTranslation("tasks.case")).setAutoWidth(true);
        grid.addColumn(Hit::beneficiaryName).setHeader(getTranslation("tasks.beneficiary")).setAutoWidth(true);
        grid.addColumn(Hit::nik).setHeader("NIK").setAutoWidth(true);
        grid.addColumn(Hit::unit).setHeader(getTranslation("tasks.unit")).setAutoWidth(true);
        grid.addColumn(h -> h.stage() == null ? "" : getTranslation("enum.Stage." + h.stage()))
                .setHeader(getTranslation("tasks.stage")).setAutoWidth(true);
        grid.addColumn(h -> Formats.date(h.openedAt(), getLocale())).setHeader(getTranslation("case.opened"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.distanceKm() == null ? "" : String.format(getLocale(), "%.1f km", h.distanceKm()))
                .setHeader(getTranslation("search.distance")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(SearchView::highlights)).setHeader(getTranslation("search.matches"))
                .setFlexGrow(1);
    }

    /** The matching passages: the text escaped, then the matched words marked. */
    static Div highlights(Hit hit) {
        Div passages = new Div();
        passages.addClassName("search-highlights");
        for (String passage : hit.highlights()) {
            String marked = Entities.escape(passage).replace(CaseResults.MARK_START, "<mark>")
                    .replace(CaseResults.MARK_END, "</mark>");
            passages.add(new Html("<span>" + marked + " … </span>"));
        }
        return passages;
    }

    private void searchFromFirstPage() {
        if (!updating) {
            show(0);
        }
    }

    private void show(int wanted) {
        Optional<CaseQuery.Near> circle = circle();
        if (circle == null) {
            return;
        }
        page = Math.max(0, wanted);
        CaseQuery query = new CaseQuery(box.getValue(), selected(Facet.STAGE, Stage.class), facets.get(Facet.UNIT)
                .getValue(), selected(Facet.TARGET_GROUP, TargetGroup.class), facets.get(Facet.PRIORITY).getValue(),
                selected(Facet.SERVICE_FORM, ServiceForm.class), from.getValue(), to.getValue(), circle.orElse(null),
                order.getValue(), page, PAGE_SIZE);
        CaseResults results = searching.search(query, staff());
        total = results.total();
        grid.setItems(results.hits());
        updating = true;
        try {
            facets.forEach((facet, group) -> refresh(facet, group, results));
        } finally {
            updating = false;
        }
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        summary.setText(getTranslation("search.summary", total, page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    /** Null when the text in "near" is neither a case of the user's nor a point (the field says so). */
    private Optional<CaseQuery.Near> circle() {
        String text = near.getValue().strip();
        near.setInvalid(false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int km = kilometres.getValue() == null ? 10 : kilometres.getValue();
        String[] parts = text.split("[,\\s]+");
        if (parts.length == 2) {
            try {
                double latitude = Double.parseDouble(parts[0]);
                double longitude = Double.parseDouble(parts[1]);
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    return Optional.of(new CaseQuery.Near(latitude, longitude, km));
                }
            } catch (NumberFormatException notAPoint) {
                // a case number, then
            }
        }
        Optional<CaseQuery.Near> around = searching.around(text.toUpperCase(), km, staff());
        if (around.isEmpty()) {
            near.setErrorMessage(getTranslation("search.near.unknown"));
            near.setInvalid(true);
            return null;
        }
        return around;
    }

    private <E extends Enum<E>> Set<E> selected(Facet facet, Class<E> type) {
        return facets.get(facet).getValue().stream().map(v -> Enum.valueOf(type, v))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void refresh(Facet facet, CheckboxGroup<String> group, CaseResults results) {
        Set<String> chosen = new LinkedHashSet<>(group.getValue());
        Set<String> values = new LinkedHashSet<>(results.facets().getOrDefault(facet, Map.of()).keySet());
        values.addAll(chosen);
        group.setItems(values);
        group.setItemLabelGenerator(v -> label(facet, v) + " (" + results.count(facet, v) + ")");
        group.setValue(chosen);
    }

    private String label(Facet facet, String value) {
        return switch (facet) {
            case STAGE -> getTranslation("enum.Stage." + value);
            case TARGET_GROUP -> getTranslation("enum.TargetGroup." + value);
            case PRIORITY -> getTranslation("enum.Priority." + value);
            case SERVICE_FORM -> getTranslation("enum.ServiceForm." + value);
            case UNIT -> value;
        };
    }

    private Staff staff() {
        return currentStaff.get();
    }
}
