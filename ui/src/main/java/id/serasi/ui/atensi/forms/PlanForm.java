package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.InterventionPlan;
import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.TaskInput;
import java.util.EnumSet;

/** Form key {@code serasi:intervention-plan}: goals, the chosen ATENSI service forms, setting, team, schedule, indicators. */
public class PlanForm extends TaskForm<TaskInput> {

    private final TextArea goals = text("goals", AtensiLimits.CASE_TEXT);
    private final CheckboxGroup<ServiceForm> serviceForms = several("serviceForms", ServiceForm.class);
    private final RadioButtonGroup<CareSetting> setting = choice("setting", CareSetting.class, EnumSet.allOf(CareSetting.class));
    private final TextField team = line("team", AtensiLimits.PLAN_TEAM);
    private final TextField schedule = line("schedule", AtensiLimits.PLAN_SCHEDULE);
    private final TextArea successIndicators = text("successIndicators", AtensiLimits.CASE_TEXT);
    private final RadioButtonGroup<Boolean> conferenceNeeded = yesNo("conferenceNeeded", "form.conferenceNeeded.yes",
            "form.conferenceNeeded.no");

    /** A revision starts from the previous one, so a returned plan is corrected rather than retyped. */
    public void startFrom(InterventionPlan previous) {
        goals.setValue(previous.getGoals());
        serviceForms.setValue(previous.getServiceForms());
        setting.setValue(previous.getSetting());
        team.setValue(previous.getTeam());
        schedule.setValue(previous.getSchedule());
        successIndicators.setValue(previous.getSuccessIndicators());
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Plan in) {
            set(goals, in.goals());
            set(serviceForms, in.serviceForms());
            set(setting, in.setting());
            set(team, in.team());
            set(schedule, in.schedule());
            set(successIndicators, in.successIndicators());
            set(conferenceNeeded, in.conferenceNeeded());
        }
    }

    @Override
    public TaskInput read() {
        return new TaskInput.Plan(goals.getValue(), serviceForms.getValue(), setting.getValue(), team.getValue(),
                schedule.getValue(), successIndicators.getValue(), conferenceNeeded.getValue());
    }
}
