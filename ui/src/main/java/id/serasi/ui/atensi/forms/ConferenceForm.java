package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:case-conference}. */
public class ConferenceForm extends TaskForm<TaskInput> {

    private final TextField participants = line("participants", AtensiLimits.CONFERENCE_PARTICIPANTS);
    private final TextArea summary = text("summary", AtensiLimits.CASE_TEXT);

    @Override
    public TaskInput read() {
        return new TaskInput.Conference(participants.getValue(), summary.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Conference in) {
            set(participants, in.participants());
            set(summary, in.summary());
        }
    }
}
