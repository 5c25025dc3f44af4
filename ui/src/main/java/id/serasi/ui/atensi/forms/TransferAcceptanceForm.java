package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:transfer-acceptance}. */
public class TransferAcceptanceForm extends TaskForm<TaskInput> {

    private final TextArea notes = text("notes", AtensiLimits.LABELLED_NOTE);

    @Override
    public TaskInput read() {
        return new TaskInput.TransferAcceptance(notes.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.TransferAcceptance in) {
            set(notes, in.notes());
        }
    }
}
