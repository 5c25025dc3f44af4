package id.serasi.ui.whistleblowing;

import static id.serasi.whistleblowing.ReportLimits.REPORT_TEXT;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.security.Staff;
import id.serasi.ui.atensi.forms.TaskForm;
import id.serasi.unit.Unit;
import id.serasi.whistleblowing.Conclusion;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportInput;
import id.serasi.whistleblowing.ReportLimits;
import id.serasi.whistleblowing.ScreeningResult;
import id.serasi.whistleblowing.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The forms of the whistleblowing model's tasks, by form key ({@code serasi:wbs-…}). */
final class ReportForms {

    private ReportForms() {
    }

    static Optional<TaskForm<ReportInput>> forKey(String formKey, List<Staff> investigators, List<Unit> units) {
        return Optional.ofNullable(switch (formKey) {
            case "wbs-screening" -> new Screening(units);
            case "wbs-assignment" -> new Assignment(investigators);
            case "wbs-conflict" -> new Conflict();
            case "wbs-investigation" -> new Investigation();
            case "wbs-conclusion" -> new ConclusionDraft();
            case "wbs-conclusion-approval" -> new ConclusionDecision();
            case "wbs-follow-up" -> new FollowUp();
            default -> null;
        });
    }

    /** Nothing of these forms is kept as a draft. */
    abstract static class ReportForm extends TaskForm<ReportInput> {
        @Override
        public void fill(ReportInput input) {
        }
    }

    static final class Screening extends ReportForm {
        private final RadioButtonGroup<ScreeningResult> result = choice("result", ScreeningResult.class,
                EnumSet.allOf(ScreeningResult.class));
        private final RadioButtonGroup<ReportCategory> category = choice("category", ReportCategory.class,
                EnumSet.allOf(ReportCategory.class));
        private final RadioButtonGroup<Severity> severity = choice("severity", Severity.class, EnumSet.allOf(Severity.class));
        private final TextArea question = text("question", REPORT_TEXT, "form.question.helper");
        private final ComboBox<Unit> unit = field("routeToUnit", new ComboBox<>(getTranslation("form.routeToUnit")));
        private final TextArea summary = text("complaintSummary", REPORT_TEXT, "form.complaintSummary.helper");

        Screening(List<Unit> units) {
            unit.setItems(units);
            unit.setItemLabelGenerator(Unit::getName);
            result.addValueChangeListener(e -> showFor(e.getValue()));
            showFor(null);
        }

        private void showFor(ScreeningResult chosen) {
            category.setVisible(chosen == ScreeningResult.COMPLETE);
            severity.setVisible(chosen == ScreeningResult.COMPLETE);
            question.setVisible(chosen == ScreeningResult.INCOMPLETE);
            unit.setVisible(chosen == ScreeningResult.OUT_OF_SCOPE);
            summary.setVisible(chosen == ScreeningResult.OUT_OF_SCOPE);
        }

        void startFrom(ReportCategory reported) {
            category.setValue(reported);
        }

        @Override
        public ReportInput read() {
            return new ReportInput.Screening(result.getValue(), category.getValue(), severity.getValue(),
                    question.getValue(), unit.getValue() == null ? null : unit.getValue().getCode(), summary.getValue());
        }
    }

    static final class Assignment extends ReportForm {
        private final RadioButtonGroup<String> investigator = radios("investigator");

        Assignment(List<Staff> investigators) {
            investigator.setItems(investigators.stream().map(Staff::username).toList());
            investigator.setItemLabelGenerator(u -> investigators.stream().filter(s -> s.username().equals(u))
                    .findFirst().map(Staff::displayName).orElse(u));
            investigator.setHelperText(getTranslation("form.investigator.helper"));
        }

        @Override
        public ReportInput read() {
            return new ReportInput.Assignment(investigator.getValue());
        }
    }

    static final class Conflict extends ReportForm {
        private final RadioButtonGroup<Boolean> conflictFree = yesNo("conflictFree", "form.conflictFree.yes",
                "form.conflictFree.no");
        private final TextArea statement = text("statement", REPORT_TEXT);

        @Override
        public ReportInput read() {
            return new ReportInput.ConflictDeclaration(conflictFree.getValue(), statement.getValue());
        }
    }

    static final class Investigation extends ReportForm {
        private final TextArea findings = text("findings", REPORT_TEXT);

        @Override
        public ReportInput read() {
            return new ReportInput.Investigation(findings.getValue());
        }
    }

    static final class ConclusionDraft extends ReportForm {
        private final RadioButtonGroup<Conclusion> conclusion = choice("conclusion", Conclusion.class,
                EnumSet.allOf(Conclusion.class));
        private final TextArea reasons = text("reasons", REPORT_TEXT);
        private final TextArea recommendation = text("recommendation", REPORT_TEXT);

        @Override
        public ReportInput read() {
            return new ReportInput.ConclusionDraft(conclusion.getValue(), reasons.getValue(), recommendation.getValue());
        }
    }

    static final class ConclusionDecision extends ReportForm {
        private final RadioButtonGroup<Boolean> approved = yesNo("approved", "form.approved.yes", "form.approved.no");
        private final TextArea reasons = text("reasons", ReportLimits.LABELLED_NOTE);

        @Override
        public ReportInput read() {
            return new ReportInput.ConclusionDecision(approved.getValue(), reasons.getValue());
        }
    }

    static final class FollowUp extends ReportForm {
        private final TextArea followUp = text("followUp", REPORT_TEXT);
        private final TextArea outcome = text("outcomeForReporter", REPORT_TEXT, "form.outcomeForReporter.helper");

        @Override
        public ReportInput read() {
            return new ReportInput.FollowUp(followUp.getValue(), outcome.getValue());
        }
    }
}
