package id.serasi.atensi;

import id.serasi.atensi.workflow.AtensiProcess;
import id.serasi.audit.AuditTrail;
import id.serasi.common.Problems;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.unit.UnitRepository;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two events that interrupt a case wherever it stands: transfer to another unit (by a supervisor of the
 * current unit; the receiving unit's supervisors accept it) and death or withdrawal (by the unit's staff).
 */
@Component
public class InterruptingCase {

    private final CaseRepository cases;
    private final UnitRepository units;
    private final CaseRecords records;
    private final AtensiProcess process;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    InterruptingCase(CaseRepository cases, UnitRepository units, CaseRecords records, AtensiProcess process,
                     AuditTrail audit, TransactionTemplate transaction) {
        this.cases = cases;
        this.units = units;
        this.records = records;
        this.process = process;
        this.audit = audit;
        this.transaction = transaction;
    }

    public CaseChange transfer(String caseNumber, String toUnit, String reason, Staff staff) {
        return transaction.execute(status -> {
            Optional<AtensiCase> found = openCaseOf(caseNumber, staff);
            if (found.isEmpty() || !staff.has(Role.SUPERVISOR)) {
                return new CaseChange.NotAllowed("case.transfer.notAllowed");
            }
            AtensiCase c = found.get();
            var problems = new Problems().text("reason", reason, AtensiLimits.LABELLED_NOTE)
                    .check(toUnit != null && units.existsById(toUnit), "toUnit", "validation.required")
                    .check(toUnit == null || !toUnit.equals(c.getUnitCode()), "toUnit", "case.transfer.sameUnit").list();
            if (!problems.isEmpty()) {
                return new CaseChange.Invalid(problems);
            }
            String from = c.getUnitCode();
            c.transferTo(toUnit);
            records.note(c, staff.username(), Instant.now(), "Dipindahkan dari " + from + " ke " + toUnit + ": " + reason);
            audit.record(staff.username(), "CASE_TRANSFERRED", AuditTrail.ATENSI_CASE, caseNumber, from + " -> " + toUnit);
            process.transfer(c.getProcessInstanceId(), toUnit);
            return new CaseChange.Done(caseNumber);
        });
    }

    public CaseChange endEarly(String caseNumber, TerminationReason reason, String notes, Staff staff) {
        return transaction.execute(status -> {
            Optional<AtensiCase> found = openCaseOf(caseNumber, staff);
            if (found.isEmpty() || !(staff.has(Role.SUPERVISOR) || staff.has(Role.SOCIAL_WORKER))) {
                return new CaseChange.NotAllowed("case.endEarly.notAllowed");
            }
            var problems = new Problems().present("reason", reason)
                    .check(reason == null || reason == TerminationReason.DECEASED || reason == TerminationReason.CLIENT_REQUEST,
                            "reason", "case.endEarly.reason")
                    .text("notes", notes, AtensiLimits.CASE_TEXT).list();
            if (!problems.isEmpty()) {
                return new CaseChange.Invalid(problems);
            }
            AtensiCase c = found.get();
            records.terminations.save(new Termination(c.getId(), staff.username(), Instant.now(), reason, notes));
            audit.record(staff.username(), "CASE_ENDED_EARLY", AuditTrail.ATENSI_CASE, caseNumber, reason.name());
            process.endEarly(c.getProcessInstanceId());
            return new CaseChange.Done(caseNumber);
        });
    }

    private Optional<AtensiCase> openCaseOf(String caseNumber, Staff staff) {
        return cases.findByCaseNumber(caseNumber).filter(c -> c.isOpen() && staff.worksCasesOf(c.getUnitCode()));
    }
}
