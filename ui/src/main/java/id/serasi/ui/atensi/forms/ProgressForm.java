package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:progress-report}. */
public class ProgressForm extends TaskForm<TaskInput> {

    private final TextArea progress = text("progress", AtensiLimits.CASE_TEXT);
    private final TextArea nextSteps = text("nextSteps", AtensiLimits.CASE_TEXT);

    @Override
    public TaskInput read() {
        return new TaskInput.Progress(progress.getValue(), nextSteps.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Progress in) {
            set(progress, in.progress());
            set(nextSteps, in.nextSteps());
        }
    }
}
