package id.serasi.whistleblowing.workflow;

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

/** processes/whistleblowing-classification.dmn: every rule, first hit wins, every category answered. */
class ClassificationTest {

    static DmnEngine engine;
    static DmnDecision classification;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ClassificationTest.class.getResourceAsStream(
                "/processes/whistleblowing-classification.dmn")) {
            classification = engine.parseDecision("whistleblowing-classification", in);
        }
    }

    @ParameterizedTest(name = "{0} {1} → investigation {3} days")
    @CsvSource({
        "KKN,                     BERAT,  1, 15, 2, 5",
        "PENGADUAN_LAYANAN,       BERAT,  1, 15, 2, 5",
        "KKN,                     SEDANG, 2, 20, 3, 10",
        "GRATIFIKASI,             SEDANG, 2, 20, 3, 10",
        "BENTURAN_KEPENTINGAN,    SEDANG, 2, 30, 3, 10",
        "PENYALAHGUNAAN_WEWENANG, SEDANG, 2, 30, 3, 10",
        "GRATIFIKASI,             RINGAN, 3, 40, 5, 15",
        "PENGADUAN_LAYANAN,       RINGAN, 3, 40, 5, 15",
    })
    void deadlinesFollowCategoryAndSeverity(String category, String severity, int assignment, int investigation,
                                            int approval, int followUp) {
        DmnDecisionResultEntries result = engine.evaluateDecision(classification,
                Map.of("category", category, "severity", severity)).getSingleResult();
        assertThat(result.<Integer>getEntry("assignmentDays")).isEqualTo(assignment);
        assertThat(result.<Integer>getEntry("investigationDays")).isEqualTo(investigation);
        assertThat(result.<Integer>getEntry("approvalDays")).isEqualTo(approval);
        assertThat(result.<Integer>getEntry("followUpDays")).isEqualTo(followUp);
    }
}
