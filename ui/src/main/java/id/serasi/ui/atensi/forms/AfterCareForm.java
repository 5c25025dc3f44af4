package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AfterCareOutcome;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;
import java.util.EnumSet;

/** Form key {@code serasi:after-care-visit}. */
public class AfterCareForm extends TaskForm<TaskInput> {

    private final DatePicker visitedOn = date("visitedOn");
    private final RadioButtonGroup<AfterCareOutcome> outcome = choice("outcome", AfterCareOutcome.class, EnumSet.allOf(AfterCareOutcome.class));
    private final TextArea notes = text("notes", AtensiLimits.CASE_TEXT);

    @Override
    public TaskInput read() {
        return new TaskInput.AfterCare(visitedOn.getValue(), outcome.getValue(), notes.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.AfterCare in) {
            set(visitedOn, in.visitedOn());
            set(outcome, in.outcome());
            set(notes, in.notes());
        }
    }
}
