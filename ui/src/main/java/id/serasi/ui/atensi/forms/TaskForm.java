package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.common.FieldProblem;
import id.serasi.ui.TextLimits;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form for one task of a model, reading an input record {@code I}. Fields are named after the record's components, so the server's
 * {@link FieldProblem}s land on the field they concern, with the message in the user's language.
 */
public abstract class TaskForm<I> extends FormLayout {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    protected TaskForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** The input as entered; the server validates it. */
    public abstract I read();

    /** Shows a saved draft of this form. */
    public abstract void fill(I input);

    /** Sets a field from a draft; an empty value in the draft leaves the field empty. */
    protected static <V> void set(HasValue<?, V> field, V value) {
        if (value == null) {
            field.clear();
        } else {
            field.setValue(value);
        }
    }

    public void show(List<FieldProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey()));
                field.setInvalid(true);
            }
        }
    }

    /** A long text of at most {@code limit} characters (the input record's limit), with a counter. */
    protected TextArea text(String field, int limit) {
        return text(field, limit, null);
    }

    /** A long text with a helper (a message key) shown before the counter. */
    protected TextArea text(String field, int limit, String helperKey) {
        TextArea area = new TextArea(getTranslation("form." + field));
        TextLimits.limit(area, limit, helperKey == null ? null : getTranslation(helperKey));
        area.setWidthFull();
        return register(field, area, true);
    }

    protected TextField line(String field, int limit) {
        TextField line = TextLimits.limit(new TextField(getTranslation("form." + field)), limit);
        line.setWidthFull();
        return register(field, line, false);
    }

    protected RadioButtonGroup<Boolean> yesNo(String field, String yesKey, String noKey) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation("form." + field));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(v -> getTranslation(v ? yesKey : noKey));
        return register(field, group, true);
    }

    protected <E extends Enum<E>> RadioButtonGroup<E> choice(String field, Class<E> type, EnumSet<E> options) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>(getTranslation("form." + field));
        group.setItems(options);
        group.setItemLabelGenerator(e -> getTranslation("enum." + type.getSimpleName() + "." + e.name()));
        return register(field, group, true);
    }

    protected <E extends Enum<E>> CheckboxGroup<E> several(String field, Class<E> type) {
        CheckboxGroup<E> group = new CheckboxGroup<>(getTranslation("form." + field));
        group.setItems(EnumSet.allOf(type));
        group.setItemLabelGenerator(e -> getTranslation("enum." + type.getSimpleName() + "." + e.name()));
        return register(field, group, true);
    }

    protected <T> RadioButtonGroup<T> radios(String field) {
        return register(field, new RadioButtonGroup<T>(getTranslation("form." + field)), true);
    }

    protected DatePicker date(String field) {
        DatePicker picker = new DatePicker(getTranslation("form." + field), LocalDate.now());
        picker.setMax(LocalDate.now().plusDays(1));
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        return register(field, picker, false);
    }

    /** A field of another kind, registered so that problems reported for it land on it. */
    protected <C extends Component & HasValidation> C field(String field, C component) {
        return register(field, component, true);
    }

    private <C extends Component & HasValidation> C register(String field, C component, boolean fullRow) {
        component.setId("field-" + field);
        fields.put(field, component);
        add(component);
        if (fullRow) {
            setColspan(component, 2);
        }
        return component;
    }
}
