package id.serasi.atensi;

import id.serasi.atensi.workflow.AtensiProcess;
import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.Beneficiary;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.BeneficiaryRepository;
import id.serasi.beneficiary.RegionCode;
import id.serasi.common.FieldProblem;
import id.serasi.common.Numbering;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.unit.Unit;
import id.serasi.unit.UnitRepository;
import id.serasi.unit.UnitZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Pendekatan awal: registers a beneficiary's case in one of the worker's units and starts its lifecycle. */
@Component
public class RegisteringCase {

    private final BeneficiaryRepository beneficiaries;
    private final CaseRepository cases;
    private final UnitZones units;
    private final Numbering numbers;
    private final AtensiProcess process;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final CaseIndexing indexing;
    private final UnitRepository unitRepository;

    RegisteringCase(BeneficiaryRepository beneficiaries, CaseRepository cases, UnitZones units,
                    Numbering numbers, AtensiProcess process, AuditTrail audit, TransactionTemplate transaction,
                    CaseIndexing indexing, UnitRepository unitRepository) {
        this.unitRepository = unitRepository;
        this.beneficiaries = beneficiaries;
        this.indexing = indexing;
        this.cases = cases;
        this.units = units;
        this.numbers = numbers;
        this.process = process;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Who a referral from a whistleblowing investigation is registered by, on the case. */
    public static final String INSPECTORATE = "inspektorat-jenderal";

    public Registration register(BeneficiaryDetails person, Intake intake, String unitCode,
                                 boolean confirmedNotDuplicate, Staff staff) {
        boolean unitChosen = chosen(unitCode);
        if (!(staff.has(Role.SOCIAL_WORKER) || staff.has(Role.SUPERVISOR))
                || unitChosen && (!staff.belongsTo(unitCode) || !units.known(unitCode))) {
            return new Registration.NotAllowed("registration.notYourUnit");
        }
        List<FieldProblem> problems = problems(person, intake, unitChosen);
        if (!problems.isEmpty()) {
            return new Registration.Invalid(problems);
        }
        try {
            return transaction.execute(status -> registerChecked(person, intake, unitCode, confirmedNotDuplicate, staff));
        } catch (DataIntegrityViolationException raced) {
            // another worker registered the same person at the same moment; their case stands
            return cases.findOpenByNik(person.nik()).stream().findFirst()
                    .map(open -> openCase(open, staff.caseUnits()))
                    .orElseThrow(() -> raced);
        }
    }

    /**
     * A protective case referred by the Inspectorate General from a whistleblowing report. The case records the
     * Inspectorate as the referrer, never the investigator, the report or the reporter; the report's own audit trail
     * says who opened which case. The caller has checked that the referrer may act on the report.
     */
    public Registration registerReferral(BeneficiaryDetails person, Intake intake, String unitCode,
                                         boolean confirmedNotDuplicate, Staff referrer) {
        boolean unitChosen = chosen(unitCode);
        if (!(referrer.has(Role.INVESTIGATOR) || referrer.has(Role.INVESTIGATION_LEAD))
                || unitChosen && !units.known(unitCode)) {
            return new Registration.NotAllowed("registration.notYourUnit");
        }
        Intake referral = new Intake(intake.targetGroup(), intake.setting(), IntakeChannel.REFERRAL, intake.emergency(),
                intake.problem());
        List<FieldProblem> problems = problems(person, referral, unitChosen);
        if (!problems.isEmpty()) {
            return new Registration.Invalid(problems);
        }
        return transaction.execute(status -> registerChecked(person, referral, unitCode, confirmedNotDuplicate,
                INSPECTORATE, Set.of()));
    }

    private static boolean chosen(String unitCode) {
        return unitCode != null && !unitCode.isBlank();
    }

    /** What the registration form must fix: the person, the intake, and a unit to open the case in. */
    private static List<FieldProblem> problems(BeneficiaryDetails person, Intake intake, boolean unitChosen) {
        List<FieldProblem> problems = new ArrayList<>(person.problems());
        problems.addAll(intake.problems());
        if (!unitChosen) {
            problems.add(new FieldProblem("unit", "validation.required"));
        }
        return problems;
    }

    private Registration registerChecked(BeneficiaryDetails person, Intake intake, String unitCode,
                                         boolean confirmedNotDuplicate, Staff staff) {
        return registerChecked(person, intake, unitCode, confirmedNotDuplicate, staff.username(), staff.caseUnits());
    }

    /** @param ownUnits the units whose records the registrant may see and change */
    private Registration registerChecked(BeneficiaryDetails person, Intake intake, String unitCode,
                                         boolean confirmedNotDuplicate, String registeredBy, Set<String> ownUnits) {
        List<AtensiCase> open = cases.findOpenByNik(person.nik());
        if (!open.isEmpty()) {
            return openCase(open.get(0), ownUnits);
        }
        if (!confirmedNotDuplicate) {
            Registration.PossibleDuplicates possible = possibleDuplicates(person, ownUnits);
            if (!possible.matches().isEmpty() || !possible.heldElsewhere().isEmpty()) {
                return possible;
            }
        }
        Instant now = Instant.now();
        Optional<Beneficiary> existing = beneficiaries.findByNik(person.nik());
        List<AtensiCase> earlier = existing.map(b -> cases.findByBeneficiaryId(b.getId())).orElse(List.of());
        // a person's record is the registrant's to change only while no other unit holds a case of that person
        boolean identityKept = earlier.stream().anyMatch(c -> !ownUnits.contains(c.getUnitCode()));
        Beneficiary beneficiary = existing.orElseGet(() -> beneficiaries.save(new Beneficiary(person, now)));
        List<String> changed = existing.isPresent() && !identityKept ? beneficiary.changesFrom(person) : List.of();
        if (!changed.isEmpty()) {
            beneficiary.update(person);
            indexing.changed(earlier);
        }
        beneficiaries.flush();
        AtensiCase atensiCase = cases.saveAndFlush(new AtensiCase(numbers.next("ATN", "atensi_case_number_seq", Year.now()), beneficiary, unitCode,
                intake, registeredBy, now));
        audit.record(registeredBy, "CASE_REGISTERED", AuditTrail.ATENSI_CASE, atensiCase.getCaseNumber(),
                "unit " + unitCode + ", " + intake.targetGroup() + ", via " + intake.channel());
        if (!changed.isEmpty()) {
            audit.record(registeredBy, "BENEFICIARY_UPDATED", AuditTrail.ATENSI_CASE, atensiCase.getCaseNumber(),
                    "identity data changed at registration: " + String.join(", ", changed));
            // the record is shared: each earlier case of the person shows the change on its own trail as well
            for (AtensiCase before : earlier) {
                audit.record(registeredBy, "BENEFICIARY_UPDATED", AuditTrail.ATENSI_CASE, before.getCaseNumber(),
                        "identity data changed at registration of " + atensiCase.getCaseNumber() + ": "
                                + String.join(", ", changed));
            }
        }
        atensiCase.linkProcess(process.start(atensiCase, beneficiary.ageOn(LocalDate.now(units.of(unitCode)))));
        return new Registration.Registered(atensiCase.getCaseNumber(), identityKept);
    }

    /** The open case itself for the worker's own units; for any other, only the unit to ask. */
    private Registration openCase(AtensiCase open, Set<String> ownUnits) {
        return ownUnits.contains(open.getUnitCode()) ? new Registration.DuplicateOpenCase(open.getCaseNumber())
                : new Registration.OpenCaseElsewhere(unitName(open.getUnitCode()));
    }

    private Registration.PossibleDuplicates possibleDuplicates(BeneficiaryDetails person, Set<String> ownUnits) {
        String regency = new RegionCode(person.regionCode()).regency();
        List<Registration.Match> matches = new ArrayList<>();
        Set<String> elsewhere = new TreeSet<>();
        for (Beneficiary b : beneficiaries.findByNormalizedNameAndBirthDate(Beneficiary.normalize(person.fullName()),
                person.birthDate())) {
            if (b.getNik().equals(person.nik()) || !b.getRegionCode().regency().equals(regency)) {
                continue;
            }
            List<String> holders = cases.findByBeneficiaryId(b.getId()).stream().map(AtensiCase::getUnitCode)
                    .filter(unit -> !ownUnits.contains(unit)).toList();
            if (holders.isEmpty()) {
                matches.add(new Registration.Match(b.getFullName(), b.getNik(), b.getBirthDate(), b.getAddress()));
            } else {
                holders.forEach(unit -> elsewhere.add(unitName(unit)));
            }
        }
        return new Registration.PossibleDuplicates(matches, List.copyOf(elsewhere));
    }

    private String unitName(String unitCode) {
        return unitRepository.findById(unitCode).map(Unit::getName).orElse(unitCode);
    }
}
