package id.serasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.atensi.AfterCareOutcome;
import id.serasi.atensi.AtensiLimits;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.Decision;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.TargetGroup;
import id.serasi.atensi.TaskInput;
import id.serasi.atensi.TerminationReason;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.BeneficiaryLimits;
import id.serasi.common.FieldProblem;
import id.serasi.search.CaseQuery;
import id.serasi.whistleblowing.Conclusion;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportDetails;
import id.serasi.whistleblowing.ReportInput;
import id.serasi.whistleblowing.ReportLimits;
import id.serasi.whistleblowing.ScreeningResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every text of every input record is refused one character over its declared limit, with that limit's message,
 * and taken at the limit: what the server checks before anything is written (Serasi has no REST API of its own
 * beyond the engine's; the use cases take these records). ColumnLengthsTest holds each limit to its column.
 */
class InputLimitsTest {

    /** Record component → its limit. Text components missing here (and not exempt) fail the test. */
    static final Map<String, Integer> LIMITS = new TreeMap<>(Map.ofEntries(
            Map.entry("BeneficiaryDetails.fullName", BeneficiaryLimits.FULL_NAME),
            Map.entry("BeneficiaryDetails.address", BeneficiaryLimits.ADDRESS),
            Map.entry("BeneficiaryDetails.phone", BeneficiaryLimits.PHONE),
            Map.entry("Intake.problem", AtensiLimits.CASE_TEXT),
            Map.entry("Eligibility.note", AtensiLimits.ELIGIBILITY_NOTE),
            Map.entry("Referral.referredTo", AtensiLimits.REFERRED_TO),
            Map.entry("Referral.reason", AtensiLimits.LABELLED_NOTE),
            Map.entry("Assessment.problem", AtensiLimits.CASE_TEXT),
            Map.entry("Assessment.family", AtensiLimits.CASE_TEXT),
            Map.entry("Assessment.environment", AtensiLimits.CASE_TEXT),
            Map.entry("Assessment.strengths", AtensiLimits.CASE_TEXT),
            Map.entry("Assessment.needs", AtensiLimits.CASE_TEXT),
            Map.entry("Assessment.risks", AtensiLimits.CASE_TEXT),
            Map.entry("Plan.goals", AtensiLimits.CASE_TEXT),
            Map.entry("Plan.team", AtensiLimits.PLAN_TEAM),
            Map.entry("Plan.schedule", AtensiLimits.PLAN_SCHEDULE),
            Map.entry("Plan.successIndicators", AtensiLimits.CASE_TEXT),
            Map.entry("Conference.participants", AtensiLimits.CONFERENCE_PARTICIPANTS),
            Map.entry("Conference.summary", AtensiLimits.CASE_TEXT),
            Map.entry("PlanDecision.reasons", AtensiLimits.CASE_TEXT),
            Map.entry("Delivery.activities", AtensiLimits.CASE_TEXT),
            Map.entry("Progress.progress", AtensiLimits.CASE_TEXT),
            Map.entry("Progress.nextSteps", AtensiLimits.CASE_TEXT),
            Map.entry("Evaluation.summary", AtensiLimits.CASE_TEXT),
            Map.entry("Termination.notes", AtensiLimits.CASE_TEXT),
            Map.entry("TerminationDecision.reasons", AtensiLimits.CASE_TEXT),
            Map.entry("Survey.suggestions", AtensiLimits.SURVEY_SUGGESTIONS),
            Map.entry("AfterCare.notes", AtensiLimits.CASE_TEXT),
            Map.entry("TransferAcceptance.notes", AtensiLimits.LABELLED_NOTE),
            Map.entry("ReportDetails.what", ReportLimits.REPORT_TEXT),
            Map.entry("ReportDetails.who", ReportLimits.REPORT_TEXT),
            Map.entry("ReportDetails.where", ReportLimits.PLACE),
            Map.entry("ReportDetails.when", ReportLimits.PLACE),
            Map.entry("ReportDetails.how", ReportLimits.REPORT_TEXT),
            Map.entry("ReportDetails.reporterName", ReportLimits.REPORTER),
            Map.entry("ReportDetails.reporterContact", ReportLimits.REPORTER),
            Map.entry("Screening.question", ReportLimits.REPORT_TEXT),
            Map.entry("Screening.complaintSummary", ReportLimits.REPORT_TEXT),
            Map.entry("ConflictDeclaration.statement", ReportLimits.REPORT_TEXT),
            Map.entry("Investigation.findings", ReportLimits.REPORT_TEXT),
            Map.entry("ConclusionDraft.reasons", ReportLimits.REPORT_TEXT),
            Map.entry("ConclusionDraft.recommendation", ReportLimits.REPORT_TEXT),
            Map.entry("ConclusionDecision.reasons", ReportLimits.LABELLED_NOTE),
            Map.entry("FollowUp.followUp", ReportLimits.REPORT_TEXT),
            Map.entry("FollowUp.outcomeForReporter", ReportLimits.REPORT_TEXT)));

    /** Not typed text: numbers checked digit by digit, and codes chosen from a list the server knows. */
    static final Set<String> EXEMPT = Set.of("BeneficiaryDetails.nik", "BeneficiaryDetails.kk",
            "BeneficiaryDetails.regionCode", "ReportDetails.reportedUnit", "Screening.routeToUnit",
            "Assignment.investigator");

    static final String WHAT = "Bantuan dipotong oleh pendamping sejak bulan Maret.";

    /** A valid instance of each input record, and of those whose texts depend on a choice, one per choice. */
    static List<Record> valid() {
        return List.of(new BeneficiaryDetails("3175105205900001", "3175101203150007", "Siti Rahmawati",
                        id.serasi.beneficiary.Gender.FEMALE, LocalDate.of(1990, 5, 12), "Jl. Bambu Apus Raya No. 7",
                        "3175101003", null, null, null, false, false, false, "081234567890"),
                new Intake(TargetGroup.PPKS_LAIN, CareSetting.FAMILY, IntakeChannel.WALK_IN, false, "Terlantar."),
                new TaskInput.Eligibility(true, "ok"), new TaskInput.Referral("Dinsos", "x"),
                new TaskInput.Assessment("a", "b", "c", "d", "e", "f"),
                new TaskInput.Plan("g", EnumSet.of(ServiceForm.THERAPY), CareSetting.FAMILY, "t", "s", "i", false),
                new TaskInput.Conference("p", "s"), new TaskInput.PlanDecision(Decision.RETURNED, "r"),
                new TaskInput.Delivery(LocalDate.now(), "a"), new TaskInput.Progress("p", "n"),
                new TaskInput.Evaluation(false, "s"), new TaskInput.Termination(TerminationReason.DECEASED, "n"),
                new TaskInput.TerminationDecision(Decision.RETURNED, "r"),
                new TaskInput.Survey(List.of(1, 2, 3, 4, 4, 3, 2, 1, 4), "s"),
                new TaskInput.AfterCare(LocalDate.now(), AfterCareOutcome.RELAPSE, "n"),
                new TaskInput.TransferAcceptance("n"),
                new ReportDetails(ReportCategory.values()[0], WHAT, "w", "Kantor desa", "Maret", "h", null, false,
                        "Rudi", "0812000"),
                new ReportInput.Screening(ScreeningResult.INCOMPLETE, null, null, "q", null, null),
                new ReportInput.Screening(ScreeningResult.OUT_OF_SCOPE, null, null, null, "handayani", "s"),
                new ReportInput.Assignment("oki.pratama"), new ReportInput.ConflictDeclaration(false, "s"),
                new ReportInput.Investigation("f"), new ReportInput.ConclusionDraft(Conclusion.SUBSTANTIATED, "r", "m"),
                new ReportInput.ConclusionDecision(false, "r"), new ReportInput.FollowUp("f", "o"));
    }

    @Test
    void everyTextIsRefusedOneCharacterOverItsLimitAndTakenAtIt() throws Exception {
        List<String> seen = new ArrayList<>();
        for (Record input : valid()) {
            assertThat(problems(input)).as(input.toString()).isEmpty();
            for (RecordComponent component : input.getClass().getRecordComponents()) {
                String name = input.getClass().getSimpleName() + "." + component.getName();
                if (component.getType() != String.class || EXEMPT.contains(name)
                        || component.getAccessor().invoke(input) == null) {
                    continue;
                }
                assertThat(LIMITS).as("the limit of " + name).containsKey(name);
                int limit = LIMITS.get(name);
                Function<String, List<FieldProblem>> with = text -> problems(copy(input, component, text));
                assertThat(with.apply("x".repeat(limit))).as(name + " at its limit").isEmpty();
                assertThat(with.apply("x".repeat(limit + 1))).as(name + " over its limit")
                        .containsExactly(new FieldProblem(component.getName(), "validation.tooLong." + limit));
                seen.add(name);
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(LIMITS.keySet());
    }

    /** The search box only asks; a text longer than it takes is searched by its first 200 characters. */
    @Test
    void aSearchLongerThanTheBoxIsCutNotRefused() {
        assertThat(CaseQuery.of("  " + "siti ".repeat(100)).text()).hasSize(CaseQuery.TEXT_LIMIT).startsWith("siti");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(Record input) {
        try {
            return (List<FieldProblem>) input.getClass().getMethod("problems").invoke(input);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Record copy(Record input, RecordComponent changed, String value) {
        try {
            RecordComponent[] components = input.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(changed.getName()) ? value : components[i].getAccessor().invoke(input);
            }
            Constructor<?> canonical = input.getClass().getDeclaredConstructor(types);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
