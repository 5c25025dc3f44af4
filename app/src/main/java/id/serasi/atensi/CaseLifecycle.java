package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a case's stage and status in step with its process: the model marks elements with {@code serasi.stage} and
 * end events with {@code serasi.outcome}, and the engine reports reaching them here.
 */
@Component
public class CaseLifecycle {

    public static final String SYSTEM = "system";

    private final CaseRepository cases;
    private final AuditTrail audit;

    CaseLifecycle(CaseRepository cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional
    public void entered(String caseNumber, Stage stage) {
        AtensiCase atensiCase = load(caseNumber);
        if (atensiCase.getStage() != stage) {
            Stage before = atensiCase.getStage();
            atensiCase.enter(stage);
            audit.record(SYSTEM, "STAGE_ENTERED", AuditTrail.ATENSI_CASE, caseNumber, before + " -> " + stage);
        }
    }

    @Transactional
    public void ended(String caseNumber, Outcome outcome) {
        AtensiCase atensiCase = load(caseNumber);
        atensiCase.close(outcome, Instant.now());
        audit.record(SYSTEM, "CASE_CLOSED", AuditTrail.ATENSI_CASE, caseNumber, outcome.name());
    }

    @Transactional
    public void triaged(String caseNumber, String priority) {
        load(caseNumber).recordTriage(priority);
        audit.record(SYSTEM, "TRIAGED", AuditTrail.ATENSI_CASE, caseNumber, "priority " + priority);
    }

    private AtensiCase load(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("no ATENSI case " + caseNumber));
    }
}
