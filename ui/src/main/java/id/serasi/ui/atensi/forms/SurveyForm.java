package id.serasi.ui.atensi.forms;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.SkmIndex;
import id.serasi.atensi.TaskInput;
import java.util.ArrayList;
import java.util.List;

/** Form key {@code serasi:skm-survey}: the nine SKM elements of PermenPANRB 14/2017, each answered 1–4. */
public class SurveyForm extends TaskForm<TaskInput> {

    private final List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
    private final TextArea suggestions;

    public SurveyForm() {
        for (int element = 1; element <= SkmIndex.ELEMENTS; element++) {
            RadioButtonGroup<Integer> answer = radios("answer" + element);
            answer.setItems(1, 2, 3, 4);
            answer.setItemLabelGenerator(v -> getTranslation("form.skm.scale." + v));
            answers.add(answer);
        }
        suggestions = text("suggestions", AtensiLimits.SURVEY_SUGGESTIONS);
    }

    @Override
    public void fill(TaskInput input) {
        if (input instanceof TaskInput.Survey in) {
            for (int i = 0; i < answers.size(); i++) {
                set(answers.get(i), in.answers() == null || in.answers().size() <= i ? null : in.answers().get(i));
            }
            set(suggestions, in.suggestions());
        }
    }

    @Override
    public TaskInput read() {
        return new TaskInput.Survey(answers.stream().map(RadioButtonGroup::getValue).toList(), suggestions.getValue());
    }
}
