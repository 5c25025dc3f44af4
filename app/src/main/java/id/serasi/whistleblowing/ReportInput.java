package id.serasi.whistleblowing;

import static id.serasi.whistleblowing.ReportLimits.REPORT_TEXT;

import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import java.util.List;

/** What each task of the whistleblowing model takes, by form key; fields are named as the forms name them. */
public sealed interface ReportInput {

    String formKey();

    List<FieldProblem> problems();

    /** Form key {@code serasi:wbs-screening}. */
    record Screening(ScreeningResult result, ReportCategory category, Severity severity, String question,
                     String routeToUnit, String complaintSummary) implements ReportInput {
        public String formKey() {
            return "wbs-screening";
        }

        public List<FieldProblem> problems() {
            Problems problems = new Problems().present("result", result);
            if (result == ScreeningResult.COMPLETE) {
                problems.present("category", category).present("severity", severity);
            } else if (result == ScreeningResult.INCOMPLETE) {
                problems.text("question", question, REPORT_TEXT);
            } else if (result == ScreeningResult.OUT_OF_SCOPE) {
                problems.present("routeToUnit", routeToUnit == null || routeToUnit.isBlank() ? null : routeToUnit)
                        .text("complaintSummary", complaintSummary, REPORT_TEXT);
            }
            return problems.list();
        }
    }

    /** Form key {@code serasi:wbs-assignment}. */
    record Assignment(String investigator) implements ReportInput {
        public String formKey() {
            return "wbs-assignment";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("investigator", investigator == null || investigator.isBlank()
                    ? null : investigator).list();
        }
    }

    /** Form key {@code serasi:wbs-conflict}: a declared conflict needs a statement of what it is. */
    record ConflictDeclaration(Boolean conflictFree, String statement) implements ReportInput {
        public String formKey() {
            return "wbs-conflict";
        }

        public List<FieldProblem> problems() {
            Problems problems = new Problems().present("conflictFree", conflictFree);
            if (Boolean.FALSE.equals(conflictFree)) {
                problems.text("statement", statement, REPORT_TEXT);
            } else {
                problems.optionalText("statement", statement, REPORT_TEXT);
            }
            return problems.list();
        }
    }

    /** Form key {@code serasi:wbs-investigation}. */
    record Investigation(String findings) implements ReportInput {
        public String formKey() {
            return "wbs-investigation";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("findings", findings, REPORT_TEXT).list();
        }
    }

    /** Form key {@code serasi:wbs-conclusion}. */
    record ConclusionDraft(Conclusion conclusion, String reasons, String recommendation) implements ReportInput {
        public String formKey() {
            return "wbs-conclusion";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("conclusion", conclusion).text("reasons", reasons, REPORT_TEXT)
                    .text("recommendation", recommendation, REPORT_TEXT).list();
        }
    }

    /** Form key {@code serasi:wbs-conclusion-approval}: returning needs reasons. */
    record ConclusionDecision(Boolean approved, String reasons) implements ReportInput {
        public String formKey() {
            return "wbs-conclusion-approval";
        }

        public List<FieldProblem> problems() {
            Problems problems = new Problems().present("approved", approved);
            if (Boolean.FALSE.equals(approved)) {
                problems.text("reasons", reasons, ReportLimits.LABELLED_NOTE);
            } else {
                problems.optionalText("reasons", reasons, ReportLimits.LABELLED_NOTE);
            }
            return problems.list();
        }
    }

    /** Form key {@code serasi:wbs-follow-up}: what was done, and what the reporter is told. */
    record FollowUp(String followUp, String outcomeForReporter) implements ReportInput {
        public String formKey() {
            return "wbs-follow-up";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("followUp", followUp, REPORT_TEXT)
                    .text("outcomeForReporter", outcomeForReporter, REPORT_TEXT).list();
        }
    }
}
