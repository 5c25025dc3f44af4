package id.serasi.ui.atensi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TargetGroup;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.BeneficiaryLimits;
import id.serasi.beneficiary.Gender;
import id.serasi.common.FieldProblem;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pendekatan awal: register a beneficiary and open an ATENSI case in one of my units. */
@Route(value = "daftar", layout = MainLayout.class)
@PageTitle("Serasi")
@RolesAllowed({"social-worker", "supervisor"})
public class RegistrationView extends VerticalLayout {

    private final transient RegisteringCase registering;
    protected final CurrentStaff currentStaff;
    private final List<String> offeredUnits;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();
    private final Div duplicates = new Div();

    private final TextField nik = field("nik", new TextField());
    private final TextField kk = field("kk", new TextField());
    private final TextField fullName = field("fullName", new TextField());
    private final RadioButtonGroup<Gender> gender = field("gender", new RadioButtonGroup<>());
    private final DatePicker birthDate = field("birthDate", new DatePicker());
    private final TextField address = field("address", new TextField());
    private final TextField regionCode = field("regionCode", new TextField());
    private final NumberField latitude = field("latitude", new NumberField());
    private final NumberField longitude = field("longitude", new NumberField());
    private final IntegerField dtsenDecile = field("dtsenDecile", new IntegerField());
    private final TextField phone = field("phone", new TextField());
    private final Checkbox disability = new Checkbox();
    private final Checkbox pregnant = new Checkbox();
    private final Checkbox breastfeeding = new Checkbox();
    private final ComboBox<String> unit = field("unit", new ComboBox<>());
    private final RadioButtonGroup<TargetGroup> targetGroup = field("targetGroup", new RadioButtonGroup<>());
    private final RadioButtonGroup<CareSetting> setting = field("setting", new RadioButtonGroup<>());
    private final ComboBox<IntakeChannel> channel = field("channel", new ComboBox<>());
    private final Checkbox emergency = new Checkbox();
    private final TextArea problem = field("problem", new TextArea());

    public RegistrationView(RegisteringCase registering, CurrentStaff currentStaff) {
        this(registering, currentStaff, "nav.register", currentStaff.get().units());
    }

    /** For a form like this one elsewhere: its title, and the units a case may be opened in. */
    protected RegistrationView(RegisteringCase registering, CurrentStaff currentStaff, String titleKey,
                               Collection<String> units) {
        this.registering = registering;
        this.currentStaff = currentStaff;
        this.offeredUnits = List.copyOf(units);
        setMaxWidth("64em");
        configureForm();
        Button register = new Button(getTranslation("registration.submit"), e -> submit(false));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register");
        add(new H2(getTranslation(titleKey)), form, duplicates, register);
    }

    /**
     * Registering in one's own units: the intake channel is asked for and a duplicate's case can be opened. A
     * referral from outside (a protective case from a report) has its own channel and cannot open the unit's cases.
     */
    protected boolean inOwnUnits() {
        return true;
    }

    protected Registration send(BeneficiaryDetails person, Intake intake, String unitCode, boolean confirmedNotDuplicate) {
        return registering.register(person, intake, unitCode, confirmedNotDuplicate, currentStaff.get());
    }

    protected void registered(String caseNumber) {
        Notices.success(getTranslation("registration.done", caseNumber));
        getUI().ifPresent(ui -> ui.navigate(CaseView.class, CaseView.parameters(caseNumber)));
    }

    private void configureForm() {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        nik.setHelperText(getTranslation("form.nik.helper"));
        nik.setMaxLength(16);
        kk.setMaxLength(16);
        TextLimits.limit(fullName, BeneficiaryLimits.FULL_NAME);
        TextLimits.limit(address, BeneficiaryLimits.ADDRESS);
        TextLimits.limit(phone, BeneficiaryLimits.PHONE);
        TextLimits.limit(problem, AtensiLimits.CASE_TEXT);
        regionCode.setHelperText(getTranslation("form.regionCode.helper"));
        gender.setItems(EnumSet.allOf(Gender.class));
        gender.setItemLabelGenerator(g -> getTranslation("enum.Gender." + g));
        birthDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        disability.setLabel(getTranslation("form.disability"));
        pregnant.setLabel(getTranslation("form.pregnant"));
        breastfeeding.setLabel(getTranslation("form.breastfeeding"));
        unit.setItems(offeredUnits);
        if (offeredUnits.size() == 1) {
            unit.setValue(offeredUnits.get(0));
        }
        targetGroup.setItems(EnumSet.allOf(TargetGroup.class));
        targetGroup.setItemLabelGenerator(t -> getTranslation("enum.TargetGroup." + t));
        setting.setItems(EnumSet.allOf(CareSetting.class));
        setting.setItemLabelGenerator(s -> getTranslation("enum.CareSetting." + s));
        channel.setItems(EnumSet.allOf(IntakeChannel.class));
        channel.setItemLabelGenerator(c -> getTranslation("enum.IntakeChannel." + c));
        emergency.setLabel(getTranslation("form.emergency"));
        form.add(new H3(getTranslation("registration.person")), 2);
        form.add(nik, kk, fullName, gender, birthDate, phone, address, regionCode, latitude, longitude, dtsenDecile);
        form.add(new Div(disability, pregnant, breastfeeding), 2);
        form.add(new H3(getTranslation("registration.case")), 2);
        form.add(unit, channel);
        channel.setVisible(inOwnUnits());
        form.add(targetGroup, 2);
        form.add(setting, emergency);
        form.add(problem, 2);
    }

    private <C extends Component & HasValidation> C field(String name, C component) {
        component.setId("field-" + name);
        component.getElement().setProperty("label", getTranslation("form." + name));
        fields.put(name, component);
        return component;
    }

    private void submit(boolean confirmedNotDuplicate) {
        duplicates.removeAll();
        fields.values().forEach(f -> f.setInvalid(false));
        BeneficiaryDetails person = new BeneficiaryDetails(nik.getValue(), kk.getValue(), fullName.getValue(),
                gender.getValue(), birthDate.getValue(), address.getValue(), regionCode.getValue(), latitude.getValue(),
                longitude.getValue(), dtsenDecile.getValue(), disability.getValue(), pregnant.getValue(),
                breastfeeding.getValue(), phone.getValue());
        Intake intake = new Intake(targetGroup.getValue(), setting.getValue(), channel.getValue(), emergency.getValue(),
                problem.getValue());
        Registration result = send(person, intake, unit.getValue(), confirmedNotDuplicate);
        if (result instanceof Registration.Registered registered) {
            if (registered.identityKept()) {
                Notices.warning(getTranslation("registration.identityKept"));
            }
            registered(registered.caseNumber());
        } else if (result instanceof Registration.Invalid invalid) {
            show(invalid.problems());
        } else if (result instanceof Registration.DuplicateOpenCase open) {
            duplicates.add(new Paragraph(getTranslation("registration.duplicateOpenCase", open.caseNumber())));
            if (inOwnUnits()) {
                duplicates.add(new RouterLink(open.caseNumber(), CaseView.class, CaseView.parameters(open.caseNumber())));
            }
            Notices.error(getTranslation("registration.duplicateOpenCase", open.caseNumber()));
        } else if (result instanceof Registration.OpenCaseElsewhere elsewhere) {
            duplicates.add(new Paragraph(getTranslation("registration.openCaseElsewhere", elsewhere.unitName())));
            Notices.error(getTranslation("registration.openCaseElsewhere", elsewhere.unitName()));
        } else if (result instanceof Registration.PossibleDuplicates possible) {
            duplicates.add(new Paragraph(getTranslation("registration.possibleDuplicates")));
            possible.matches().forEach(m -> duplicates.add(new Paragraph(m.fullName() + " · NIK " + m.nik() + " · "
                    + Formats.date(m.birthDate(), getLocale()) + " · " + m.address())));
            possible.heldElsewhere().forEach(unit -> duplicates.add(new Paragraph(
                    getTranslation("registration.heldElsewhere", unit))));
            Button confirm = new Button(getTranslation("registration.confirmDifferent"), e -> submit(true));
            confirm.setId("confirm-different");
            duplicates.add(confirm);
        } else if (result instanceof Registration.NotAllowed refused) {
            Notices.error(getTranslation(refused.messageKey()));
        }
    }

    private void show(List<FieldProblem> problems) {
        StringBuilder elsewhere = new StringBuilder();
        for (FieldProblem p : problems) {
            HasValidation field = fields.get(p.field());
            if (field == null) {
                elsewhere.append(getTranslation(p.messageKey())).append(' ');
            } else {
                field.setErrorMessage(getTranslation(p.messageKey()));
                field.setInvalid(true);
            }
        }
        Notices.error(getTranslation("form.fixMarked") + (elsewhere.isEmpty() ? "" : " " + elsewhere.toString().trim()));
    }
}
