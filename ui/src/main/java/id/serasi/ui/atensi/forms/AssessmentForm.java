package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:assessment}. */
public class AssessmentForm extends TaskForm<TaskInput> {

    private final TextArea problem = text("problem");
    private final TextArea family = text("family");
    private final TextArea environment = text("environment");
    private final TextArea strengths = text("strengths");
    private final TextArea needs = text("needs");
    private final TextArea risks = text("risks");

    @Override
    public TaskInput read() {
        return new TaskInput.Assessment(problem.getValue(), family.getValue(), environment.getValue(), strengths.getValue(), needs.getValue(), risks.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Assessment in) {
            set(problem, in.problem());
            set(family, in.family());
            set(environment, in.environment());
            set(strengths, in.strengths());
            set(needs, in.needs());
            set(risks, in.risks());
        }
    }
}
