package id.serasi.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.serasi.common.Problems;

/**
 * A text field's limit as the user meets it: the browser stops typing at the limit (the feature's declared limit,
 * the same its input record checks), a longer value is marked on the field with the server's own message, and a
 * long field counts the characters as they are typed.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static TextField limit(TextField field, int limit) {
        field.setMaxLength(limit);
        String message = field.getTranslation(Problems.tooLong(limit));
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(message));
        return field;
    }

    public static TextArea limit(TextArea area, int limit) {
        return limit(area, limit, null);
    }

    /** A long field: {@code helper} (may be null) followed by the count, e.g. "120 dari 4.000 karakter". */
    public static TextArea limit(TextArea area, int limit, String helper) {
        area.setMaxLength(limit);
        String message = area.getTranslation(Problems.tooLong(limit));
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(message));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        count(area, limit, helper);
        area.addValueChangeListener(e -> count(area, limit, helper));
        return area;
    }

    private static void count(TextArea area, int limit, String helper) {
        String counter = area.getTranslation("form.counter", area.getValue().length(), limit);
        area.setHelperText(helper == null || helper.isBlank() ? counter : helper + " · " + counter);
    }
}
