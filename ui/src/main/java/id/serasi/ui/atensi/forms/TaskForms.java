package id.serasi.ui.atensi.forms;

import id.serasi.atensi.TaskInput;
import java.util.Optional;

/** The form for a task's form key ({@code serasi:<key>} in the model, without the prefix). */
public final class TaskForms {

    private TaskForms() {
    }

    public static Optional<TaskForm<TaskInput>> forKey(String formKey) {
        if (formKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (formKey) {
            case "eligibility" -> new EligibilityForm();
            case "referral" -> new ReferralForm();
            case "assessment" -> new AssessmentForm();
            case "intervention-plan" -> new PlanForm();
            case "case-conference" -> new ConferenceForm();
            case "plan-approval" -> new DecisionForm(true);
            case "service-delivery" -> new DeliveryForm();
            case "progress-report" -> new ProgressForm();
            case "evaluation" -> new EvaluationForm();
            case "termination" -> new TerminationForm();
            case "termination-approval" -> new DecisionForm(false);
            case "skm-survey" -> new SurveyForm();
            case "after-care-visit" -> new AfterCareForm();
            case "transfer-acceptance" -> new TransferAcceptanceForm();
            default -> null;
        });
    }
}
