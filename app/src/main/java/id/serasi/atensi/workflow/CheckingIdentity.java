package id.serasi.atensi.workflow;

import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseLifecycle;
import id.serasi.atensi.CaseRepository;
import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.IdentityNumbers;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Periksa identitas dan duplikat": the NIK is structurally valid and no other open case has it. Registration
 * checks the same, but two registrations can race; the one that reaches this step second ends as a duplicate.
 */
@Component("checkingIdentity")
class CheckingIdentity implements JavaDelegate {

    static final String ERROR_DUPLICATE_CASE = "DUPLICATE_CASE";

    private final CaseRepository cases;
    private final AuditTrail audit;

    CheckingIdentity(CaseRepository cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        AtensiCase atensiCase = cases.findByCaseNumber(caseNumber).orElseThrow();
        String nik = atensiCase.getBeneficiary().getNik();
        if (IdentityNumbers.nikProblem(nik).isPresent()) {
            throw new IllegalStateException("case " + caseNumber + " carries an invalid NIK");
        }
        List<AtensiCase> open = cases.findOpenByNik(nik).stream()
                .filter(other -> !other.getId().equals(atensiCase.getId())).toList();
        if (!open.isEmpty()) {
            audit.record(CaseLifecycle.SYSTEM, "DUPLICATE_FOUND", AuditTrail.ATENSI_CASE, caseNumber,
                    "open case " + open.get(0).getCaseNumber() + " has the same NIK");
            throw new BpmnError(ERROR_DUPLICATE_CASE, "open case " + open.get(0).getCaseNumber());
        }
        audit.record(CaseLifecycle.SYSTEM, "IDENTITY_CHECKED", AuditTrail.ATENSI_CASE, caseNumber, null);
    }
}
