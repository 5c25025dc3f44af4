package id.serasi.atensi;

import id.serasi.common.LengthOf;

/**
 * The longest text each field of an ATENSI case takes: used by the input records ({@link Intake}, {@link TaskInput},
 * case notes, transfer and early end) and by the forms, and equal to the column that keeps it.
 */
public final class AtensiLimits {

    /** The case file's long texts: the problem, the assessment, the plan's goals, reports, notes and reasons. */
    @LengthOf({"atensi_case.problem", "assessment.problem", "assessment.family", "assessment.environment",
            "assessment.strengths", "assessment.needs", "assessment.risks", "intervention_plan.goals",
            "intervention_plan.success_indicators", "approval_decision.reasons", "case_conference.summary",
            "service_delivery.activities", "progress_report.progress", "progress_report.next_steps",
            "evaluation.summary", "termination.notes", "after_care_visit.notes", "case_note.text"})
    public static final int CASE_TEXT = 4000;

    @LengthOf("atensi_case.eligibility_note")
    public static final int ELIGIBILITY_NOTE = 2000;

    @LengthOf("atensi_case.referred_to")
    public static final int REFERRED_TO = 400;

    @LengthOf("intervention_plan.team")
    public static final int PLAN_TEAM = 1000;

    @LengthOf("intervention_plan.schedule")
    public static final int PLAN_SCHEDULE = 2000;

    @LengthOf("case_conference.participants")
    public static final int CONFERENCE_PARTICIPANTS = 1000;

    @LengthOf("skm_response.suggestions")
    public static final int SURVEY_SUGGESTIONS = 2000;

    /**
     * A reason kept in a case note after a label the code writes ("Rujukan: ", "Dipindahkan dari … ke …: ",
     * "Kasus pindahan diterima: "): the note's length less room for the label.
     */
    @LengthOf(value = "case_note.text", less = 200)
    public static final int LABELLED_NOTE = 3800;

    /** A saved draft of a task form, as JSON: room for the largest form with every field full. */
    @LengthOf("task_draft.content")
    public static final int DRAFT = 50000;

    private AtensiLimits() {
    }
}
