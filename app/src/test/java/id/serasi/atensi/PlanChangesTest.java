package id.serasi.atensi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

    static InterventionPlan revision(int n, String goals, EnumSet<ServiceForm> forms, Decision decision) {
        InterventionPlan plan = new InterventionPlan(1L, "ayu", Instant.now(), n, goals, forms, CareSetting.FAMILY,
                "Peksos", "Mingguan", "Skor naik");
        if (decision != null) {
            plan.decide(decision);
        }
        return plan;
    }

    @Test
    void onlyChangedFieldsAreListed() {
        var first = revision(1, "Mandiri", EnumSet.of(ServiceForm.THERAPY), Decision.RETURNED);
        var second = revision(2, "Mandiri dalam 3 bulan", EnumSet.of(ServiceForm.THERAPY, ServiceForm.FAMILY_SUPPORT), null);
        assertThat(PlanChanges.between(first, second)).extracting(PlanChanges.Change::field)
                .containsExactly("goals", "serviceForms");
    }

    @Test
    void aRevisedPlanIsJudgedAgainstTheLastApprovedOne() {
        var approved = revision(1, "A", EnumSet.of(ServiceForm.THERAPY), Decision.APPROVED);
        var returned = revision(2, "B", EnumSet.of(ServiceForm.THERAPY), Decision.RETURNED);
        var current = revision(3, "C", EnumSet.of(ServiceForm.THERAPY), null);
        assertThat(PlanChanges.baseline(List.of(approved, returned, current), current)).isSameAs(approved);
        var onlyReturned = revision(1, "A", EnumSet.of(ServiceForm.THERAPY), Decision.RETURNED);
        var next = revision(2, "B", EnumSet.of(ServiceForm.THERAPY), null);
        assertThat(PlanChanges.baseline(List.of(onlyReturned, next), next)).isSameAs(onlyReturned);
        assertThat(PlanChanges.baseline(List.of(next), next)).isNull();
    }
}
