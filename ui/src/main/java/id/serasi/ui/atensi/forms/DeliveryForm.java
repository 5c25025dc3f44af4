package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.TaskInput;

/** Form key {@code serasi:service-delivery}. */
public class DeliveryForm extends TaskForm<TaskInput> {

    private final DatePicker deliveredOn = date("deliveredOn");
    private final TextArea activities = text("activities", AtensiLimits.CASE_TEXT);

    @Override
    public TaskInput read() {
        return new TaskInput.Delivery(deliveredOn.getValue(), activities.getValue());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Delivery in) {
            set(deliveredOn, in.deliveredOn());
            set(activities, in.activities());
        }
    }
}
