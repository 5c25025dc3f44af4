package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:evaluation}. */
public class EvaluationForm extends TaskForm<TaskInput> {

    private final RadioButtonGroup<Boolean> goalsMet = yesNo("goalsMet", "form.goalsMet.yes", "form.goalsMet.no");
    private final TextArea summary = text("summary", AtensiLimits.CASE_TEXT);

    @Override
    public TaskInput read() {
        return new TaskInput.Evaluation(goalsMet.getValue(), summary.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Evaluation in) {
            set(goalsMet, in.goalsMet());
            set(summary, in.summary());
        }
    }
}
