package id.serasi.atensi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What a plan revision changed against an earlier one, field by field (for a supervisor deciding on it). */
public final class PlanChanges {

    public record Change(String field, Object before, Object after) {
    }

    private PlanChanges() {
    }

    public static List<Change> between(InterventionPlan earlier, InterventionPlan later) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "goals", earlier, later, InterventionPlan::getGoals);
        compare(changes, "serviceForms", earlier, later, InterventionPlan::getServiceForms);
        compare(changes, "setting", earlier, later, InterventionPlan::getSetting);
        compare(changes, "team", earlier, later, InterventionPlan::getTeam);
        compare(changes, "schedule", earlier, later, InterventionPlan::getSchedule);
        compare(changes, "successIndicators", earlier, later, InterventionPlan::getSuccessIndicators);
        return changes;
    }

    /** The revision a new one is judged against: the last approved before it, else the one just before it. */
    public static InterventionPlan baseline(List<InterventionPlan> revisions, InterventionPlan of) {
        InterventionPlan base = null;
        for (InterventionPlan p : revisions) {
            if (p.getRevision() >= of.getRevision()) {
                break;
            }
            if (p.getStatus() == PlanStatus.APPROVED || base == null || base.getStatus() != PlanStatus.APPROVED) {
                base = p;
            }
        }
        return base;
    }

    private static void compare(List<Change> changes, String field, InterventionPlan a, InterventionPlan b,
                                Function<InterventionPlan, Object> value) {
        Object before = value.apply(a);
        Object after = value.apply(b);
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }
}
