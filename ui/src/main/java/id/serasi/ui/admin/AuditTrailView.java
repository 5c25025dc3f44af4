package id.serasi.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.serasi.audit.AuditLine;
import id.serasi.audit.ReadingAuditTrail;
import id.serasi.security.CurrentStaff;
import id.serasi.security.StaffDirectory;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The admin's audit trail: by case, person and period (days in WIB), newest first, a page at a time; downloadable as
 * CSV, which is itself written to the trail. Whistleblowing reports' lines are not here (ReadingAuditTrail).
 */
@Route(value = "admin/jejak-audit", layout = MainLayout.class)
@PageTitle("Jejak audit · Serasi")
@RolesAllowed("admin")
public class AuditTrailView extends VerticalLayout {

    private final transient ReadingAuditTrail reading;
    private final transient StaffDirectory directory;
    private final CurrentStaff currentStaff;
    private final TextField caseNumber = new TextField();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditLine> grid = new Grid<>();
    private final Span summary = new Span();
    private final Anchor export;
    /** The filter shown, which the download exports: set when the admin applies one. */
    private volatile ReadingAuditTrail.Filter shown = ReadingAuditTrail.Filter.everything();

    public AuditTrailView(ReadingAuditTrail reading, StaffDirectory directory, CurrentStaff currentStaff) {
        this.reading = reading;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.export = new Anchor(DownloadHandler.fromInputStream(event -> download()), getTranslation("auditTrail.export"));
        setMaxWidth("90em");
        add(new H2(getTranslation("auditTrail.title")), new Paragraph(getTranslation("auditTrail.explain")), filters(),
                summary, grid);
        configureGrid();
        apply();
    }

    private HorizontalLayout filters() {
        caseNumber.setId("audit-case");
        caseNumber.setLabel(getTranslation("auditTrail.case"));
        caseNumber.setPlaceholder("ATN-2026-000001");
        caseNumber.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("auditTrail.actor"));
        actor.setPlaceholder("ayu.lestari");
        actor.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("auditTrail.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("auditTrail.to"));
        Button apply = new Button(getTranslation("auditTrail.apply"), e -> apply());
        apply.setId("audit-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setId("audit-export");
        export.setRouterIgnore(true);
        summary.setId("audit-summary");
        HorizontalLayout filters = new HorizontalLayout(caseNumber, actor, from, to, apply, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(line -> Formats.dateTime(line.occurredAt(), getLocale())).setHeader(getTranslation("auditTrail.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> directory.displayName(line.actor()) + " (" + line.actor() + ")")
                .setHeader(getTranslation("auditTrail.actor")).setAutoWidth(true);
        grid.addColumn(line -> action(line.action())).setHeader(getTranslation("auditTrail.action")).setAutoWidth(true);
        grid.addColumn(AuditLine::subjectRef).setHeader(getTranslation("auditTrail.subject")).setAutoWidth(true);
        grid.addColumn(AuditLine::details).setHeader(getTranslation("auditTrail.details")).setFlexGrow(1);
    }

    /** Reads the fields into the filter shown and exported; the grid fetches a page at a time. */
    private void apply() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("auditTrail.toBeforeFrom"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        shown = new ReadingAuditTrail.Filter(caseNumber.getValue().strip().toUpperCase(Locale.ROOT), actor.getValue(), startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
        ReadingAuditTrail.Filter filter = shown;
        long total = found(filter, 0, 0).total();
        summary.setText(total > ReadingAuditTrail.EXPORT_LIMIT
                ? getTranslation("auditTrail.summary.tooMany", total, ReadingAuditTrail.EXPORT_LIMIT)
                : getTranslation("auditTrail.summary", total));
        export.setEnabled(total > 0 && total <= ReadingAuditTrail.EXPORT_LIMIT);
        grid.setItems(query -> found(filter, query.getOffset(), query.getLimit()).lines().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, found(filter, 0, 0).total()));
    }

    private ReadingAuditTrail.Lines.Found found(ReadingAuditTrail.Filter filter, int offset, int limit) {
        // the route is the admin's; a sign-in that lost the role since gets an empty page, not another's trail
        return reading.lines(filter, offset, limit, currentStaff.get()) instanceof ReadingAuditTrail.Lines.Found found
                ? found : new ReadingAuditTrail.Lines.Found(List.of(), 0);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.DEFAULT_ZONE).toInstant();
    }

    private String action(String code) {
        return getTranslation("audit." + code);
    }

    private DownloadResponse download() {
        ReadingAuditTrail.Export result = reading.export(shown, currentStaff.get());
        if (result instanceof ReadingAuditTrail.Export.Exported exported) {
            byte[] csv = AuditCsv.write(exported.lines(), List.of(getTranslation("auditTrail.when"),
                    getTranslation("auditTrail.actor"), getTranslation("auditTrail.action"),
                    getTranslation("auditTrail.actionCode"), getTranslation("auditTrail.subjectType"),
                    getTranslation("auditTrail.subject"), getTranslation("auditTrail.details")), this::action,
                    Formats.DEFAULT_ZONE);
            String name = "jejak-audit-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(Formats.DEFAULT_ZONE)
                    .format(Instant.now()) + ".csv";
            return new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv; charset=UTF-8", csv.length);
        }
        if (result instanceof ReadingAuditTrail.Export.TooMany tooMany) {
            return DownloadResponse.error(413, getTranslation("auditTrail.summary.tooMany", tooMany.total(),
                    tooMany.limit()));
        }
        return DownloadResponse.error(403);
    }
}
