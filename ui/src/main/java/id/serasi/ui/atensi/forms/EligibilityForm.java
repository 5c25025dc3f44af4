package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:eligibility}. */
public class EligibilityForm extends TaskForm<TaskInput> {

    private final RadioButtonGroup<Boolean> eligible = yesNo("eligible", "form.eligible.yes", "form.eligible.no");
    private final TextArea note = text("note", AtensiLimits.ELIGIBILITY_NOTE);

    @Override
    public TaskInput read() {
        return new TaskInput.Eligibility(eligible.getValue(), note.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Eligibility in) {
            set(eligible, in.eligible());
            set(note, in.note());
        }
    }
}
