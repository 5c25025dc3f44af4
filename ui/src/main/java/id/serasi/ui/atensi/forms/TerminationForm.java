package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;
import id.serasi.atensi.TerminationReason;
import java.util.EnumSet;

/** Form key {@code serasi:termination}. */
public class TerminationForm extends TaskForm<TaskInput> {

    private final RadioButtonGroup<TerminationReason> reason = choice("reason", TerminationReason.class, EnumSet.allOf(TerminationReason.class));
    private final TextArea notes = text("notes", AtensiLimits.CASE_TEXT);

    @Override
    public TaskInput read() {
        return new TaskInput.Termination(reason.getValue(), notes.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Termination in) {
            set(reason, in.reason());
            set(notes, in.notes());
        }
    }
}
