package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.Decision;
import id.serasi.atensi.TaskInput;
import java.util.EnumSet;

/** Form keys {@code serasi:plan-approval} (approve, return, reject) and {@code serasi:termination-approval} (no reject). */
public class DecisionForm extends TaskForm<TaskInput> {

    private final boolean plan;
    private final RadioButtonGroup<Decision> decision;
    private final TextArea reasons;

    public DecisionForm(boolean plan) {
        this.plan = plan;
        this.decision = choice("decision", Decision.class,
                plan ? EnumSet.allOf(Decision.class) : EnumSet.of(Decision.APPROVED, Decision.RETURNED));
        this.reasons = text("reasons", AtensiLimits.CASE_TEXT, "form.reasons.helper");
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.PlanDecision in) {
            set(decision, in.decision());
            set(reasons, in.reasons());
        } else if (input instanceof TaskInput.TerminationDecision in) {
            set(decision, in.decision());
            set(reasons, in.reasons());
        }
    }

    @Override
    public TaskInput read() {
        return plan ? new TaskInput.PlanDecision(decision.getValue(), reasons.getValue())
                : new TaskInput.TerminationDecision(decision.getValue(), reasons.getValue());
    }
}
