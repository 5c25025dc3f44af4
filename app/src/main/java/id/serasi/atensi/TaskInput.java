package id.serasi.atensi;

import static id.serasi.atensi.AtensiLimits.CASE_TEXT;

import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a worker submits to complete one user task of the ATENSI model, one record per form key
 * ({@code camunda:formKey="serasi:<key>"}). {@link #problems()} is empty when the input may be saved.
 */
public sealed interface TaskInput {

    String formKey();

    List<FieldProblem> problems();

    /** The input record for a form key, e.g. to read a saved draft back. */
    static Class<? extends TaskInput> typeOf(String formKey) {
        return switch (formKey) {
            case "eligibility" -> Eligibility.class;
            case "referral" -> Referral.class;
            case "assessment" -> Assessment.class;
            case "intervention-plan" -> Plan.class;
            case "case-conference" -> Conference.class;
            case "plan-approval" -> PlanDecision.class;
            case "service-delivery" -> Delivery.class;
            case "progress-report" -> Progress.class;
            case "evaluation" -> Evaluation.class;
            case "termination" -> Termination.class;
            case "termination-approval" -> TerminationDecision.class;
            case "skm-survey" -> Survey.class;
            case "after-care-visit" -> AfterCare.class;
            case "transfer-acceptance" -> TransferAcceptance.class;
            default -> throw new IllegalArgumentException("no task input for form key " + formKey);
        };
    }

    record Eligibility(Boolean eligible, String note) implements TaskInput {
        public String formKey() {
            return "eligibility";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("eligible", eligible).text("note", note, AtensiLimits.ELIGIBILITY_NOTE).list();
        }
    }

    record Referral(String referredTo, String reason) implements TaskInput {
        public String formKey() {
            return "referral";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("referredTo", referredTo, AtensiLimits.REFERRED_TO)
                    .text("reason", reason, AtensiLimits.LABELLED_NOTE).list();
        }
    }

    record Assessment(String problem, String family, String environment, String strengths, String needs,
                      String risks) implements TaskInput {
        public String formKey() {
            return "assessment";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("problem", problem, CASE_TEXT).text("family", family, CASE_TEXT)
                    .text("environment", environment, CASE_TEXT).text("strengths", strengths, CASE_TEXT)
                    .text("needs", needs, CASE_TEXT).optionalText("risks", risks, CASE_TEXT).list();
        }
    }

    record Plan(String goals, Set<ServiceForm> serviceForms, CareSetting setting, String team, String schedule,
                String successIndicators, Boolean conferenceNeeded) implements TaskInput {
        public String formKey() {
            return "intervention-plan";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("goals", goals, CASE_TEXT).notEmpty("serviceForms", serviceForms)
                    .present("setting", setting).text("team", team, AtensiLimits.PLAN_TEAM)
                    .text("schedule", schedule, AtensiLimits.PLAN_SCHEDULE)
                    .text("successIndicators", successIndicators, CASE_TEXT)
                    .present("conferenceNeeded", conferenceNeeded).list();
        }
    }

    record Conference(String participants, String summary) implements TaskInput {
        public String formKey() {
            return "case-conference";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("participants", participants, AtensiLimits.CONFERENCE_PARTICIPANTS)
                    .text("summary", summary, CASE_TEXT).list();
        }
    }

    record PlanDecision(Decision decision, String reasons) implements TaskInput {
        public String formKey() {
            return "plan-approval";
        }

        public List<FieldProblem> problems() {
            return decisionProblems(decision, reasons, true);
        }
    }

    record Delivery(LocalDate deliveredOn, String activities) implements TaskInput {
        public String formKey() {
            return "service-delivery";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("deliveredOn", deliveredOn)
                    .check(deliveredOn == null || !deliveredOn.isAfter(LocalDate.now().plusDays(1)), "deliveredOn",
                            "validation.date.future")
                    .text("activities", activities, CASE_TEXT).list();
        }
    }

    record Progress(String progress, String nextSteps) implements TaskInput {
        public String formKey() {
            return "progress-report";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("progress", progress, CASE_TEXT).text("nextSteps", nextSteps, CASE_TEXT).list();
        }
    }

    record Evaluation(Boolean goalsMet, String summary) implements TaskInput {
        public String formKey() {
            return "evaluation";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("goalsMet", goalsMet).text("summary", summary, CASE_TEXT).list();
        }
    }

    record Termination(TerminationReason reason, String notes) implements TaskInput {
        public String formKey() {
            return "termination";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("reason", reason).text("notes", notes, CASE_TEXT).list();
        }
    }

    record TerminationDecision(Decision decision, String reasons) implements TaskInput {
        public String formKey() {
            return "termination-approval";
        }

        public List<FieldProblem> problems() {
            return decisionProblems(decision, reasons, false);
        }
    }

    record Survey(List<Integer> answers, String suggestions) implements TaskInput {
        public String formKey() {
            return "skm-survey";
        }

        public List<FieldProblem> problems() {
            Problems problems = new Problems().optionalText("suggestions", suggestions,
                    AtensiLimits.SURVEY_SUGGESTIONS);
            for (int i = 0; i < SkmIndex.ELEMENTS; i++) {
                Integer answer = answers == null || answers.size() <= i ? null : answers.get(i);
                problems.check(answer != null && answer >= 1 && answer <= 4, "answer" + (i + 1), "validation.skm.answer");
            }
            return problems.list();
        }
    }

    record AfterCare(LocalDate visitedOn, AfterCareOutcome outcome, String notes) implements TaskInput {
        public String formKey() {
            return "after-care-visit";
        }

        public List<FieldProblem> problems() {
            return new Problems().present("visitedOn", visitedOn)
                    .check(visitedOn == null || !visitedOn.isAfter(LocalDate.now().plusDays(1)), "visitedOn",
                            "validation.date.future")
                    .present("outcome", outcome).text("notes", notes, CASE_TEXT).list();
        }
    }

    record TransferAcceptance(String notes) implements TaskInput {
        public String formKey() {
            return "transfer-acceptance";
        }

        public List<FieldProblem> problems() {
            return new Problems().text("notes", notes, AtensiLimits.LABELLED_NOTE).list();
        }
    }

    private static List<FieldProblem> decisionProblems(Decision decision, String reasons, boolean mayReject) {
        Problems problems = new Problems().present("decision", decision)
                .check(mayReject || decision != Decision.REJECTED, "decision", "validation.decision.noReject");
        if (decision != null && decision != Decision.APPROVED) {
            problems.text("reasons", reasons, CASE_TEXT);
        } else {
            problems.optionalText("reasons", reasons, CASE_TEXT);
        }
        return problems.list();
    }
}
