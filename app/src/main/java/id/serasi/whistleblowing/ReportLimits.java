package id.serasi.whistleblowing;

import id.serasi.common.LengthOf;

/**
 * The longest text each field of a whistleblowing report takes: used by {@link ReportDetails}, {@link ReportInput},
 * the portal's replies and the team's notes and questions, and by their forms; equal to the column that keeps it.
 */
public final class ReportLimits {

    /** What happened and how, the findings, conclusion and follow-up, messages and notes. */
    @LengthOf({"wbs_report.what_happened", "wbs_report.who_involved", "wbs_report.how_happened",
            "wbs_report.findings", "wbs_report.conclusion_reasons", "wbs_report.recommendation",
            "wbs_report.follow_up", "wbs_report.outcome_for_reporter", "wbs_report.complaint_summary",
            "wbs_message.body", "wbs_note.body", "wbs_conflict_declaration.statement"})
    public static final int REPORT_TEXT = 4000;

    @LengthOf({"wbs_report.where_happened", "wbs_report.when_happened"})
    public static final int PLACE = 1000;

    @LengthOf({"wbs_report.reporter_name", "wbs_report.reporter_contact"})
    public static final int REPORTER = 200;

    /** A returned conclusion's reasons, kept in a note after the label "Kesimpulan dikembalikan / …: ". */
    @LengthOf(value = "wbs_note.body", less = 200)
    public static final int LABELLED_NOTE = 3800;

    /** Why the lead reveals a named reporter: kept in the audit trail's line. */
    @LengthOf("audit_event.details")
    public static final int REVEAL_REASON = 4000;

    private ReportLimits() {
    }
}
