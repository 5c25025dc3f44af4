package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:referral}. */
public class ReferralForm extends TaskForm<TaskInput> {

    private final TextField referredTo = line("referredTo", AtensiLimits.REFERRED_TO);
    private final TextArea reason = text("reason", AtensiLimits.LABELLED_NOTE);

    @Override
    public TaskInput read() {
        return new TaskInput.Referral(referredTo.getValue(), reason.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Referral in) {
            set(referredTo, in.referredTo());
            set(reason, in.reason());
        }
    }
}
