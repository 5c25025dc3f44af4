package id.serasi.ui.whistleblowing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.serasi.common.FieldProblem;
import id.serasi.ui.InputLimitsViewsTest;
import id.serasi.ui.KaribuViews;
import id.serasi.ui.atensi.forms.TaskForm;
import id.serasi.whistleblowing.ReportInput;
import id.serasi.whistleblowing.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each whistleblowing task form: every text field has its record's limit, says it as the text is there, and the
 * record's own problems (the server's answer) land on the same field with the same message.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:views;DB_CLOSE_DELAY=-1", "serasi.demo-data=false",
        "camunda.bpm.job-execution.enabled=false", "serasi.attachments.dir=target/attachments"})
class ReportFormsLimitsTest extends KaribuViews {

    @Test
    void everyReportTaskFormSaysEachFieldsLimitAndItsRecordRefusesTheSame() {
        for (String formKey : List.of("wbs-screening", "wbs-conflict", "wbs-investigation", "wbs-conclusion",
                "wbs-conclusion-approval", "wbs-follow-up")) {
            TaskForm<ReportInput> form = ReportForms.forKey(formKey, List.of(), List.of()).orElseThrow();
            UI.getCurrent().add(form);
            // screening shows each text only with the result that needs it; here all of them at once
            form.getChildren().forEach(field -> field.setVisible(true));
            List<Component> limited = new ArrayList<>();
            limited.addAll(_find(form, TextArea.class));
            limited.addAll(_find(form, TextField.class));
            assertThat(limited).as(formKey).isNotEmpty();
            for (Component field : limited) {
                InputLimitsViewsTest.overItsLimit(field);
                InputLimitsViewsTest.saysItsLimit(field);
                ((HasValidation) field).setInvalid(false);
                ((HasValidation) field).setErrorMessage(null);
            }
            form.show(problems(form));
            for (Component field : limited) {
                InputLimitsViewsTest.saysItsLimit(field);
            }
            UI.getCurrent().remove(form);
        }
    }

    /** Screening checks a text only with the result that needs it: each text with its result. */
    private static List<FieldProblem> problems(TaskForm<ReportInput> form) {
        ReportInput input = form.read();
        if (input instanceof ReportInput.Screening s) {
            List<FieldProblem> problems = new ArrayList<>(new ReportInput.Screening(ScreeningResult.INCOMPLETE, null,
                    null, s.question(), null, null).problems());
            problems.addAll(new ReportInput.Screening(ScreeningResult.OUT_OF_SCOPE, null, null, null, "handayani",
                    s.complaintSummary()).problems());
            return problems;
        }
        return input.problems();
    }
}
