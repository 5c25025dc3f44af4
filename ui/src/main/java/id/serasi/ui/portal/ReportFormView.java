package id.serasi.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.serasi.common.FieldProblem;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import id.serasi.unit.Unit;
import id.serasi.unit.UnitRepository;
import id.serasi.whistleblowing.EvidenceFile;
import id.serasi.whistleblowing.EvidenceIntake;
import id.serasi.whistleblowing.Filing;
import id.serasi.whistleblowing.FilingReport;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportDetails;
import id.serasi.whistleblowing.ReportLimits;
import java.util.EnumSet;
import java.util.List;

/**
 * The public report form: what, who, where, when and how; the category; the unit if known; identity only if the
 * reporter chooses to give it; evidence. On success the receipt code is shown once, with a printable receipt.
 */
@Route(value = "lapor", layout = PortalLayout.class)
@PageTitle("Lapor · WBS Kemensos")
@AnonymousAllowed
public class ReportFormView extends VerticalLayout {

    protected final transient FilingReport filing;
    private final RadioButtonGroup<ReportCategory> category = new RadioButtonGroup<>();
    private final TextArea what = area("what", "form.what.helper");
    private final TextArea who = area("who", null);
    private final TextField where = field("where", ReportLimits.PLACE);
    private final TextField when = field("when", ReportLimits.PLACE);
    private final TextArea how = area("how", null);
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final Checkbox anonymous = new Checkbox();
    private final TextField name = field("reporterName", ReportLimits.REPORTER);
    private final TextField contact = field("reporterContact", ReportLimits.REPORTER);
    private final EvidenceUpload evidence;
    private final FormLayout form = new FormLayout();

    public ReportFormView(FilingReport filing, EvidenceIntake intake, UnitRepository units) {
        this(filing, intake, units, "portal.report.title", "portal.report.intro");
    }

    /** For a form like this one elsewhere: its title and introduction. */
    protected ReportFormView(FilingReport filing, EvidenceIntake intake, UnitRepository units, String titleKey,
                             String introKey) {
        this.filing = filing;
        this.evidence = new EvidenceUpload(intake);
        setPadding(false);
        category.setLabel(getTranslation("form.category"));
        category.setId("field-category");
        category.setItems(EnumSet.allOf(ReportCategory.class));
        category.setItemLabelGenerator(c -> getTranslation("enum.ReportCategory." + c.name()));
        unit.setLabel(getTranslation("form.reportedUnit"));
        unit.setId("field-reportedUnit");
        unit.setItems(units.findAll());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        unit.setWidthFull();
        anonymous.setLabel(getTranslation("form.anonymous"));
        anonymous.setId("field-anonymous");
        anonymous.setValue(true);
        anonymous.addValueChangeListener(e -> showIdentity(!e.getValue()));
        showIdentity(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(category, what, who, where, when, how, unit, anonymous, name, contact);
        for (Component wide : List.<Component>of(category, what, who, how, unit, anonymous)) {
            form.setColspan(wide, 2);
        }
        Button send = new Button(getTranslation("portal.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-report");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), form, evidence, send);
    }

    private TextArea area(String id, String helperKey) {
        TextArea area = new TextArea(getTranslation("form." + id));
        area.setId("field-" + id);
        area.setWidthFull();
        TextLimits.limit(area, ReportLimits.REPORT_TEXT, helperKey == null ? null : getTranslation(helperKey));
        return area;
    }

    private TextField field(String id, int limit) {
        TextField field = TextLimits.limit(new TextField(getTranslation("form." + id)), limit);
        field.setId("field-" + id);
        field.setWidthFull();
        return field;
    }

    private void showIdentity(boolean named) {
        name.setVisible(named);
        contact.setVisible(named);
        if (!named) {
            name.clear();
            contact.clear();
        }
    }

    private void send() {
        ReportDetails details = new ReportDetails(category.getValue(), what.getValue(), who.getValue(),
                where.getValue(), when.getValue(), how.getValue(), unit.getValue() == null ? null : unit.getValue().getCode(),
                anonymous.getValue(), name.getValue(), contact.getValue());
        Filing result = send(details, evidence.files());
        if (result instanceof Filing.Invalid invalid) {
            show(invalid.problems());
            Notices.error(getTranslation("form.fixMarked"));
        } else if (result instanceof Filing.Filed filed) {
            removeAll();
            add(receipt(filed));
        } else if (result instanceof Filing.Wait wait) {
            Notices.error(getTranslation("portal.report.wait", Math.max(1, (wait.retryAfter().toSeconds() + 59) / 60)));
        }
    }

    /** Files the report as the public portal does. */
    protected Filing send(ReportDetails details, List<EvidenceFile> files) {
        return filing.file(details, files, PortalClient.address());
    }

    /** Adds a field at the top of the form. */
    protected void addFirst(Component field) {
        form.addComponentAsFirst(field);
        form.setColspan(field, 2);
    }

    /** A problem on a field this form does not have. */
    protected void otherProblem(String field, String message) {
        Notices.error("evidence".equals(field) ? getTranslation("form.evidence") + ": " + message : message);
    }

    private void show(List<FieldProblem> problems) {
        for (HasValidation field : List.<HasValidation>of(category, what, who, where, when, how, unit, name, contact)) {
            field.setInvalid(false);
        }
        for (FieldProblem problem : problems) {
            String message = getTranslation(problem.messageKey());
            switch (problem.field()) {
                case "category" -> invalid(category, message);
                case "what" -> invalid(what, message);
                case "who" -> invalid(who, message);
                case "where" -> invalid(where, message);
                case "when" -> invalid(when, message);
                case "how" -> invalid(how, message);
                case "reporterName" -> invalid(name, message);
                case "reporterContact" -> invalid(contact, message);
                case "reportedUnit" -> invalid(unit, message);
                default -> otherProblem(problem.field(), message);
            }
        }
    }

    protected static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Shown once: the code is not stored, so it cannot be shown again. */
    private VerticalLayout receipt(Filing.Filed filed) {
        Span code = new Span(filed.receiptCode());
        code.setId("receipt-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("font-weight", "600").set("word-break", "break-all");
        Span number = new Span(filed.reportNumber());
        number.setId("report-number");
        Div box = new Div(new Paragraph(new Text(getTranslation("portal.receipt.number") + ": "), number),
                new Paragraph(getTranslation("portal.receipt.code")), code);
        box.getStyle().set("border", "2px dashed var(--lumo-contrast-50pct)").set("padding", "var(--lumo-space-m)");
        Button print = new Button(getTranslation("portal.receipt.print"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-receipt");
        RouterLink follow = new RouterLink(getTranslation("portal.nav.follow"), FollowReportView.class);
        VerticalLayout receipt = new VerticalLayout(new H2(getTranslation("portal.receipt.title")),
                new Paragraph(getTranslation("portal.receipt.once")), box, new HorizontalLayout(print, follow));
        receipt.setPadding(false);
        return receipt;
    }
}
