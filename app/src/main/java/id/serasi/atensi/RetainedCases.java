package id.serasi.atensi;

import id.serasi.atensi.workflow.AtensiProcess;
import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.Beneficiary;
import id.serasi.beneficiary.BeneficiaryRepository;
import id.serasi.retention.RetainedRecords;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * ATENSI cases under the retention rule ({@link id.serasi.retention.Retaining}): a case closed longer ago than
 * {@code serasi.retention.closed-cases} (an ISO period such as {@code P10Y}; empty keeps every case) and not held goes
 * with its records, documents, engine history and, if it has no other case, its beneficiary.
 */
@Component
class RetainedCases implements RetainedRecords {

    /** Rows that belong to a case, removed before it (notes' mentions before the notes). */
    private static final List<String> CASE_RECORDS = List.of(
            "delete from note_mention where note_id in (select id from case_note where case_id = ?)",
            "delete from case_note where case_id = ?", "delete from assessment where case_id = ?",
            "delete from intervention_plan where case_id = ?", "delete from approval_decision where case_id = ?",
            "delete from case_conference where case_id = ?", "delete from service_delivery where case_id = ?",
            "delete from progress_report where case_id = ?", "delete from evaluation where case_id = ?",
            "delete from termination where case_id = ?", "delete from skm_response where case_id = ?",
            "delete from after_care_visit where case_id = ?", "delete from escalation where case_id = ?",
            "delete from task_inbox where case_id = ?", "delete from attachment where case_id = ?");

    private final CaseRepository cases;
    private final BeneficiaryRepository beneficiaries;
    private final JdbcTemplate jdbc;
    private final Optional<Period> keepClosed;

    RetainedCases(CaseRepository cases, BeneficiaryRepository beneficiaries, JdbcTemplate jdbc,
                  @Value("${serasi.retention.closed-cases:}") String keepClosed) {
        this.cases = cases;
        this.beneficiaries = beneficiaries;
        this.jdbc = jdbc;
        this.keepClosed = keepClosed.isBlank() ? Optional.empty() : Optional.of(Period.parse(keepClosed));
    }

    @Override
    public String subjectType() {
        return AuditTrail.ATENSI_CASE;
    }

    @Override
    public String removedAction() {
        return "CASE_REMOVED";
    }

    @Override
    public String processKey() {
        return AtensiProcess.PROCESS_KEY;
    }

    @Override
    public Optional<Period> keepConcluded() {
        return keepClosed;
    }

    @Override
    public List<String> dueForRemoval(Instant concludedBefore) {
        return cases.findCaseNumbersDueForRemoval(concludedBefore);
    }

    @Override
    public List<String> heldProcessInstances() {
        return cases.findProcessInstancesUnderLegalHold();
    }

    @Override
    public Optional<Subject> setHold(String caseNumber, String reason) {
        return cases.findByCaseNumber(caseNumber).map(c -> {
            if (reason == null) {
                c.releaseLegalHold();
            } else {
                c.placeLegalHold(reason);
            }
            return new Subject(caseNumber, c.getProcessInstanceId());
        });
    }

    @Override
    public Optional<Removed> remove(String caseNumber) {
        AtensiCase c = cases.findByCaseNumber(caseNumber).orElseThrow();
        if (c.isUnderLegalHold()) {
            return Optional.empty();
        }
        Long id = c.getId();
        List<String> files = jdbc.queryForList("select storage_key from attachment where case_id = ?", String.class,
                id);
        CASE_RECORDS.forEach(sql -> jdbc.update(sql, id));
        Beneficiary person = c.getBeneficiary();
        String processInstanceId = c.getProcessInstanceId();
        cases.delete(c);
        cases.flush();
        if (cases.findByBeneficiaryId(person.getId()).isEmpty()) {
            beneficiaries.delete(person);
        }
        return Optional.of(new Removed(processInstanceId, files));
    }
}
