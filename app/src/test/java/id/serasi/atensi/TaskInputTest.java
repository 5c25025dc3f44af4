package id.serasi.atensi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskInputTest {

    @Test
    void everyFormKeyHasItsRecordAndDraftsRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        List<TaskInput> inputs = List.of(new TaskInput.Eligibility(true, "ok"), new TaskInput.Referral("Dinsos", "x"),
                new TaskInput.Assessment("a", "b", "c", "d", "e", null),
                new TaskInput.Plan("g", EnumSet.of(ServiceForm.THERAPY), CareSetting.FAMILY, "t", "s", "i", false),
                new TaskInput.Conference("p", "s"), new TaskInput.PlanDecision(Decision.RETURNED, "r"),
                new TaskInput.Delivery(LocalDate.of(2026, 11, 2), "a"), new TaskInput.Progress("p", "n"),
                new TaskInput.Evaluation(false, "s"), new TaskInput.Termination(TerminationReason.DECEASED, "n"),
                new TaskInput.TerminationDecision(Decision.APPROVED, null),
                new TaskInput.Survey(List.of(1, 2, 3, 4, 4, 3, 2, 1, 4), "s"),
                new TaskInput.AfterCare(LocalDate.of(2026, 11, 2), AfterCareOutcome.RELAPSE, "n"),
                new TaskInput.TransferAcceptance("n"));
        assertThat(inputs).hasSize(TaskInput.class.getPermittedSubclasses().length);
        for (TaskInput input : inputs) {
            Class<? extends TaskInput> type = TaskInput.typeOf(input.formKey());
            assertThat(type).isEqualTo(input.getClass());
            assertThat(json.readValue(json.writeValueAsString(input), type)).isEqualTo(input);
        }
    }
}
