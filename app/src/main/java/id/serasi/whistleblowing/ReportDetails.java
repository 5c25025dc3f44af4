package id.serasi.whistleblowing;

import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import java.util.List;

/**
 * What a reporter tells: what happened, who was involved, where, when and how (4W1H), the category, the unit
 * concerned if known, and, only if they choose to be named, who they are and how to reach them.
 */
public record ReportDetails(ReportCategory category, String what, String who, String where, String when, String how,
                            String reportedUnit, boolean anonymous, String reporterName, String reporterContact) {

    static final int MIN_WHAT = 20;

    public List<FieldProblem> problems() {
        Problems problems = new Problems().present("category", category).text("what", what, ReportLimits.REPORT_TEXT)
                .optionalText("who", who, ReportLimits.REPORT_TEXT).optionalText("how", how, ReportLimits.REPORT_TEXT)
                .optionalText("where", where, ReportLimits.PLACE).optionalText("when", when, ReportLimits.PLACE);
        if (what != null && !what.isBlank()) {
            problems.check(what.strip().length() >= MIN_WHAT, "what", "report.what.tooShort");
        }
        if (!anonymous) {
            problems.check(reporterName != null && !reporterName.isBlank(), "reporterName", "report.nameOrAnonymous")
                    .check(reporterContact != null && !reporterContact.isBlank(), "reporterContact",
                            "report.contactOrAnonymous");
        }
        problems.optionalText("reporterName", reporterName, ReportLimits.REPORTER)
                .optionalText("reporterContact", reporterContact, ReportLimits.REPORTER);
        return problems.list();
    }
}
