package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:assessment}. */
public class AssessmentForm extends TaskForm<TaskInput> {

    private final TextArea problem = text("problem", AtensiLimits.CASE_TEXT);
    private final TextArea family = text("family", AtensiLimits.CASE_TEXT);
    private final TextArea environment = text("environment", AtensiLimits.CASE_TEXT);
    private final TextArea strengths = text("strengths", AtensiLimits.CASE_TEXT);
    private final TextArea needs = text("needs", AtensiLimits.CASE_TEXT);
    private final TextArea risks = text("risks", AtensiLimits.CASE_TEXT);

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
