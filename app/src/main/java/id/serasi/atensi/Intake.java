package id.serasi.atensi;

import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import java.util.ArrayList;
import java.util.List;

/** What the first approach found: who the person is to ATENSI, how they came, and what the problem is. */
public record Intake(TargetGroup targetGroup, CareSetting setting, IntakeChannel channel, boolean emergency,
                     String problem) {

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (targetGroup == null) {
            problems.add(new FieldProblem("targetGroup", "validation.required"));
        }
        if (setting == null) {
            problems.add(new FieldProblem("setting", "validation.required"));
        }
        if (channel == null) {
            problems.add(new FieldProblem("channel", "validation.required"));
        }
        problems.addAll(new Problems().text("problem", problem, AtensiLimits.CASE_TEXT).list());
        return problems;
    }
}
