package id.serasi.atensi;

import id.serasi.common.FieldProblem;
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
        if (problem == null || problem.isBlank()) {
            problems.add(new FieldProblem("problem", "validation.required"));
        } else if (problem.length() > 4000) {
            problems.add(new FieldProblem("problem", "validation.tooLong"));
        }
        return problems;
    }
}
