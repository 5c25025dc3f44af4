package id.serasi.atensi;

import id.serasi.beneficiary.Beneficiary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.NaturalId;

/** An ATENSI rehabilitation case: one beneficiary, one unit, one run of the lifecycle (reopened on relapse). */
@Entity
@Table(name = "atensi_case")
public class AtensiCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NaturalId
    @Column(name = "case_number")
    private String caseNumber;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;
    @Column(name = "unit_code")
    private String unitCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    private TargetGroup targetGroup;
    @Enumerated(EnumType.STRING)
    private CareSetting setting;
    @Enumerated(EnumType.STRING)
    @Column(name = "intake_channel")
    private IntakeChannel intakeChannel;
    private boolean emergency;
    private String problem;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String priority;
    private Boolean eligible;
    @Column(name = "eligibility_note")
    private String eligibilityNote;
    @Column(name = "referred_to")
    private String referredTo;
    @Column(name = "case_manager")
    private String caseManager;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    /** The beneficiary's id while the case is open, else null: a unique column, so a person has one open case. */
    @Column(name = "open_beneficiary_id")
    private Long openBeneficiaryId;
    @Column(name = "opened_at")
    private Instant openedAt;
    /** When the case entered its current stage; null while it stands in the stage it was opened in. */
    @Column(name = "stage_entered_at")
    private Instant stageEnteredAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "legal_hold")
    private boolean legalHold;
    @Column(name = "legal_hold_reason")
    private String legalHoldReason;
    @Version
    private long version;
    /** The case file's notes, read only here (written as {@link CaseNote}s); the search index embeds their text. */
    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", insertable = false, updatable = false)
    private List<CaseNote> notes = new ArrayList<>();
    /** The plan's revisions, read only here; the search index takes their service forms as a facet. */
    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", insertable = false, updatable = false)
    private List<InterventionPlan> plans = new ArrayList<>();

    protected AtensiCase() {
    }

    public AtensiCase(String caseNumber, Beneficiary beneficiary, String unitCode, Intake intake, String registeredBy,
                      Instant openedAt) {
        this.caseNumber = caseNumber;
        this.beneficiary = beneficiary;
        this.unitCode = unitCode;
        this.targetGroup = intake.targetGroup();
        this.setting = intake.setting();
        this.intakeChannel = intake.channel();
        this.emergency = intake.emergency();
        this.problem = intake.problem().trim();
        this.registeredBy = registeredBy;
        this.openedAt = openedAt;
        this.stage = Stage.INTAKE;
        this.status = CaseStatus.OPEN;
        this.openBeneficiaryId = beneficiary.getId();
    }

    public void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The lifecycle has entered a stage; a relapse during after-care takes a case back to assessment. */
    public void enter(Stage next, Instant at) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException(caseNumber + " is closed");
        }
        this.stage = next;
        this.stageEnteredAt = at;
    }

    public void close(Outcome how, Instant at) {
        this.stage = Stage.CLOSED;
        this.status = CaseStatus.CLOSED;
        this.outcome = how;
        this.closedAt = at;
        this.openBeneficiaryId = null;
    }

    public void recordTriage(String priority) {
        this.priority = priority;
    }

    public void recordEligibility(boolean eligible, String note) {
        this.eligible = eligible;
        this.eligibilityNote = note;
    }

    public void referTo(String service) {
        this.referredTo = service;
    }

    /** The first worker to take up a task of the case becomes its case manager until someone reassigns it. */
    public void takeUp(String worker) {
        if (caseManager == null) {
            this.caseManager = worker;
        }
    }

    public void reassignManager(String worker) {
        this.caseManager = worker;
    }

    public void transferTo(String otherUnit) {
        this.unitCode = otherUnit;
        this.caseManager = null;
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public CareSetting getSetting() {
        return setting;
    }

    public IntakeChannel getIntakeChannel() {
        return intakeChannel;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public String getProblem() {
        return problem;
    }

    public Stage getStage() {
        return stage;
    }

    /** Since when the case stands in its stage: since it entered it, or since it was opened. */
    public Instant getInStageSince() {
        return stageEnteredAt != null ? stageEnteredAt : openedAt;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getPriority() {
        return priority;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public String getEligibilityNote() {
        return eligibilityNote;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** Kept beyond the retention period until released, for the reason given. */
    public void placeLegalHold(String reason) {
        this.legalHold = true;
        this.legalHoldReason = reason;
    }

    public void releaseLegalHold() {
        this.legalHold = false;
        this.legalHoldReason = null;
    }

    public boolean isUnderLegalHold() {
        return legalHold;
    }

    public String getLegalHoldReason() {
        return legalHoldReason;
    }
}
