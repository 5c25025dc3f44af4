package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a case's stage and status in step with its process: the model marks elements with {@code serasi.stage} and
 * end events with {@code serasi.outcome}, and the engine reports reaching them here.
 */
@Component
public class CaseLifecycle {

    public static final String SYSTEM = "system";
    private static final String STAGE_ENTERED = "STAGE_ENTERED";

    private final EntityManager entities;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CaseLifecycle(EntityManager entities, AuditTrail audit, ApplicationEventPublisher events) {
        this.entities = entities;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void entered(String caseNumber, Stage stage) {
        AtensiCase atensiCase = load(caseNumber);
        if (atensiCase.getStage() != stage) {
            Stage before = atensiCase.getStage();
            Instant now = Instant.now();
            completed(atensiCase, before, now);
            atensiCase.enter(stage, now);
            audit.record(SYSTEM, STAGE_ENTERED, AuditTrail.ATENSI_CASE, caseNumber, before + " -> " + stage);
        }
    }

    @Transactional
    public void ended(String caseNumber, Outcome outcome) {
        AtensiCase atensiCase = load(caseNumber);
        Instant now = Instant.now();
        completed(atensiCase, atensiCase.getStage(), now);
        atensiCase.close(outcome, now);
        audit.record(SYSTEM, "CASE_CLOSED", AuditTrail.ATENSI_CASE, caseNumber, outcome.name());
    }

    @Transactional
    public void triaged(String caseNumber, String priority) {
        load(caseNumber).recordTriage(priority);
        audit.record(SYSTEM, "TRIAGED", AuditTrail.ATENSI_CASE, caseNumber, "priority " + priority);
    }

    /**
     * By its number as natural id: the step that reached the element has almost always loaded the case in this
     * transaction, and Hibernate then answers from the session instead of querying again.
     */
    private AtensiCase load(String caseNumber) {
        AtensiCase atensiCase = entities.unwrap(Session.class).bySimpleNaturalId(AtensiCase.class).load(caseNumber);
        if (atensiCase == null) {
            throw new IllegalStateException("no ATENSI case " + caseNumber);
        }
        return atensiCase;
    }

    /** How long the case stood in the stage it leaves at {@code now}. */
    private void completed(AtensiCase atensiCase, Stage left, Instant now) {
        Instant since = atensiCase.getInStageSince();
        if (left != null && since != null) {
            events.publishEvent(new StageCompleted(atensiCase.getUnitCode(), left, Duration.between(since, now)));
        }
    }
}
