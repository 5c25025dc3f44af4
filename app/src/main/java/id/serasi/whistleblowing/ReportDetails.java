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
    static final int PLACE_LIMIT = 1000;
    static final int NAME_LIMIT = 200;

    public List<FieldProblem> problems() {
        Problems problems = new Problems().present("category", category).text("what", what)
                .optionalText("who", who).optionalText("how", how)
                .optionalText("where", where, PLACE_LIMIT).optionalText("when", when, PLACE_LIMIT);
        if (what != null && !what.isBlank()) {
            problems.check(what.strip().length() >= MIN_WHAT, "what", "report.what.tooShort");
        }
        if (!anonymous) {
            problems.check(reporterName != null && !reporterName.isBlank(), "reporterName", "report.nameOrAnonymous")
                    .check(reporterContact != null && !reporterContact.isBlank(), "reporterContact",
                            "report.contactOrAnonymous");
        }
        problems.optionalText("reporterName", reporterName, NAME_LIMIT)
                .optionalText("reporterContact", reporterContact, NAME_LIMIT);
        return problems.list();
    }
}
