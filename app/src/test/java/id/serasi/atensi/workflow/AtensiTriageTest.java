package id.serasi.atensi.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/atensi-triage.dmn: one case per rule, first hit wins. */
class AtensiTriageTest {

    static DmnEngine engine;
    static DmnDecision triage;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = AtensiTriageTest.class.getResourceAsStream("/processes/atensi-triage.dmn")) {
            triage = engine.parseDecision("atensi-triage", in);
        }
    }

    @ParameterizedTest(name = "{0} emergency={1} age={2} vulnerable={3} → {4}")
    @CsvSource({
        "PPKS_LAIN,               true,  35, false, DARURAT, 1, 2, 5, 1",
        "ANAK,                    true,  8,  true,  DARURAT, 1, 2, 5, 1",
        "TUNA_SOSIAL_PERDAGANGAN, false, 25, false, TINGGI,  1, 3, 7, 2",
        "KORBAN_BENCANA,          false, 40, false, TINGGI,  1, 3, 7, 2",
        "ANAK,                    false, 12, false, TINGGI,  2, 5, 10, 3",
        "DISABILITAS,             false, 30, true,  TINGGI,  2, 5, 10, 3",
        "LANSIA,                  false, 72, false, TINGGI,  2, 5, 10, 3",
        "NAPZA,                   false, 30, false, SEDANG,  3, 10, 14, 5",
        "PPKS_LAIN,               false, 59, false, SEDANG,  3, 10, 14, 5",
    })
    void priorityAndDeadlines(String group, boolean emergency, int age, boolean vulnerable, String priority,
                              int eligibility, int assessment, int plan, int approval) {
        DmnDecisionResultEntries result = engine.evaluateDecision(triage, Map.of("targetGroup", group,
                "emergency", emergency, "age", age, "vulnerable", vulnerable)).getSingleResult();
        assertThat(result.<String>getEntry("priority")).isEqualTo(priority);
        assertThat(result.<Integer>getEntry("eligibilityDays")).isEqualTo(eligibility);
        assertThat(result.<Integer>getEntry("assessmentDays")).isEqualTo(assessment);
        assertThat(result.<Integer>getEntry("planDays")).isEqualTo(plan);
        assertThat(result.<Integer>getEntry("approvalDays")).isEqualTo(approval);
    }
}
