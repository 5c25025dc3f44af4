package id.serasi.atensi;

import static id.serasi.Fixtures.ayu;
import static id.serasi.Fixtures.budi;
import static id.serasi.Fixtures.citra;
import static id.serasi.Fixtures.dani;
import static id.serasi.Fixtures.dewi;
import static id.serasi.Fixtures.intake;
import static id.serasi.Fixtures.joko;
import static id.serasi.Fixtures.lalu;
import static id.serasi.Fixtures.woman;
import static id.serasi.Fixtures.womanBorn;
import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.audit.AuditTrail;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.BeneficiaryRepository;
import id.serasi.common.FieldProblem;
import id.serasi.document.TestImages;
import id.serasi.document.Thumbnail;
import id.serasi.security.Staff;
import id.serasi.tasks.AssigningTask;
import id.serasi.tasks.Assignment;
import id.serasi.tasks.Claim;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.Completion;
import id.serasi.tasks.ListingTasks;
import id.serasi.tasks.TaskFilter;
import id.serasi.tasks.TaskInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ATENSI use cases against a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class AtensiUseCasesContract {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    @Autowired RegisteringCase registering;
    @Autowired ClaimingTask claiming;
    @Autowired CompletingAtensiTask completing;
    @Autowired ReadingCase reading;
    @Autowired InterruptingCase interrupting;
    @Autowired ListingTasks listing;
    @Autowired CaseRepository cases;
    @Autowired BeneficiaryRepository beneficiaries;
    @Autowired AssessmentRepository assessments;
    @Autowired EscalationRepository escalations;
    @Autowired ManagementService management;
    @Autowired AuditTrail audit;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    static BeneficiaryDetails newPerson() {
        return woman(SERIAL.getAndIncrement());
    }

    String register(BeneficiaryDetails person, Staff worker) {
        Registration result = registering.register(person, intake(), "handayani", false, worker);
        assertThat(result).isInstanceOf(Registration.Registered.class);
        return ((Registration.Registered) result).caseNumber();
    }

    TaskInfo task(String caseNumber, String formKey) {
        List<TaskInfo> open = reading.open(caseNumber, citra()).orElseThrow().openTasks();
        return open.stream().filter(t -> formKey.equals(t.formKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + formKey + " task in " + open));
    }

    void perform(String caseNumber, String formKey, TaskInput input, Staff who) {
        TaskInfo task = task(caseNumber, formKey);
        assertThat(claiming.claim(task.id(), who)).isInstanceOf(Claim.Done.class);
        assertThat(completing.complete(task.id(), input, who)).isInstanceOf(Completion.Completed.class);
    }

    AtensiCase reload(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow();
    }

    static TaskInput.Plan plan() {
        return new TaskInput.Plan("Mandiri dalam 3 bulan", EnumSet.of(ServiceForm.THERAPY, ServiceForm.FAMILY_SUPPORT),
                CareSetting.FAMILY, "Peksos, psikolog", "Mingguan, 12 minggu", "Skor fungsi sosial naik", false);
    }

    static TaskInput.Assessment assessment() {
        return new TaskInput.Assessment("Keterlantaran", "Tinggal dengan bibi", "Padat", "Rajin", "Terapi", null);
    }

    @Test
    void registrationStartsTheLifecycleAndOffersEligibilityToTheUnit() {
        String caseNumber = register(newPerson(), ayu());
        AtensiCase registered = reload(caseNumber);
        assertThat(caseNumber).matches("ATN-\\d{4}-\\d{6}");
        assertThat(registered.getStage()).isEqualTo(Stage.INTAKE);
        assertThat(registered.getPriority()).isEqualTo("SEDANG");
        TaskInfo eligibility = task(caseNumber, "eligibility");
        assertThat(listing.myUnits(budi(), 0, 500).rows()).anyMatch(r -> r.task().id().equals(eligibility.id())
                && r.subject().caseNumber().equals(caseNumber) && r.subject().beneficiaryName().equals(registered.getBeneficiary().getFullName()));
        assertThat(listing.myUnits(joko(), 0, 500).rows()).noneMatch(r -> r.task().id().equals(eligibility.id()));
    }

    @Test
    void invalidRegistrationSavesNothingAndSaysWhatToFix() {
        long before = beneficiaries.count();
        BeneficiaryDetails badNik = withLetterInNik(newPerson());
        Registration result = registering.register(badNik, intake(), "handayani", false, ayu());
        assertThat(result).isEqualTo(new Registration.Invalid(List.of(new FieldProblem("nik", "validation.nik.digits"))));
        assertThat(beneficiaries.count()).isEqualTo(before);
    }

    @Test
    void aRegistrationWithoutAUnitAsksForOneWithTheOtherProblems() {
        long before = beneficiaries.count();
        BeneficiaryDetails good = newPerson();
        BeneficiaryDetails badNik = withLetterInNik(good);
        assertThat(registering.register(badNik, intake(), null, false, ayu())).isEqualTo(new Registration.Invalid(
                List.of(new FieldProblem("nik", "validation.nik.digits"), new FieldProblem("unit", "validation.required"))));
        assertThat(registering.register(good, intake(), " ", false, ayu()))
                .isEqualTo(new Registration.Invalid(List.of(new FieldProblem("unit", "validation.required"))));
        assertThat(beneficiaries.count()).isEqualTo(before);
    }

    private static BeneficiaryDetails withLetterInNik(BeneficiaryDetails person) {
        return new BeneficiaryDetails("31751052059A0001", person.kk(), person.fullName(), person.gender(),
                person.birthDate(), person.address(), person.regionCode(), null, null, null, false, false, false, null);
    }

    @Test
    void aNikWithAnOpenCaseIsRefusedWithALinkToThatCase() {
        BeneficiaryDetails person = newPerson();
        String first = register(person, ayu());
        assertThat(registering.register(person, intake(), "handayani", false, budi()))
                .isEqualTo(new Registration.DuplicateOpenCase(first));
    }

    @Test
    void sameNameAndBirthDateInTheRegencyAsksForConfirmation() {
        BeneficiaryDetails first = newPerson();
        register(first, ayu());
        BeneficiaryDetails twin = womanBorn(SERIAL.getAndIncrement(), first.fullName(), first.birthDate());
        Registration asked = registering.register(twin, intake(), "handayani", false, ayu());
        assertThat(asked).isInstanceOf(Registration.PossibleDuplicates.class);
        assertThat(registering.register(twin, intake(), "handayani", true, ayu()))
                .isInstanceOf(Registration.Registered.class);
    }

    /**
     * The outside probe: a Handayani worker registering the NIK of a person whose case at Inten Soeweno is closed
     * overwrote that unit's record (name, address, phone, geotag). The record is linked, never changed; an open case
     * elsewhere and a possible duplicate elsewhere name the unit to ask, and nothing of its data.
     */
    @Test
    void aRegistrationNeverChangesOrRevealsAnotherUnitsRecord() {
        BeneficiaryDetails person = newPerson();
        Registration atIntenSoeweno = registering.register(person, intake(), "inten-soeweno", false, dewi());
        String theirCase = ((Registration.Registered) atIntenSoeweno).caseNumber();
        Registration openThere = registering.register(person, intake(), "handayani", false, ayu());
        assertThat(openThere).isInstanceOf(Registration.OpenCaseElsewhere.class);
        assertThat(openThere.toString()).doesNotContain(theirCase).doesNotContain(person.nik());
        assertThat(((Registration.OpenCaseElsewhere) openThere).unitName()).contains("Inten Soeweno");

        BeneficiaryDetails twin = womanBorn(SERIAL.getAndIncrement(), person.fullName(), person.birthDate());
        Registration possible = registering.register(twin, intake(), "handayani", false, ayu());
        assertThat(possible).isInstanceOf(Registration.PossibleDuplicates.class);
        assertThat(((Registration.PossibleDuplicates) possible).matches()).isEmpty();
        assertThat(((Registration.PossibleDuplicates) possible).heldElsewhere()).singleElement().asString()
                .contains("Inten Soeweno");
        assertThat(possible.toString()).doesNotContain(person.nik()).doesNotContain(person.address());

        assertThat(interrupting.endEarly(theirCase, TerminationReason.DECEASED, "Meninggal dunia", dewi()))
                .isEqualTo(new CaseChange.Done(theirCase));
        BeneficiaryDetails rewritten = new BeneficiaryDetails(person.nik(), person.kk(), "Nama Lain", person.gender(),
                person.birthDate(), "Jl. Lain 1", person.regionCode(), -6.2, 106.8, null, false, false, false,
                "081200000000");
        Registration linked = registering.register(rewritten, intake(), "handayani", true, ayu());
        assertThat(linked).isInstanceOf(Registration.Registered.class);
        assertThat(((Registration.Registered) linked).identityKept()).isTrue();
        var record = reload(theirCase).getBeneficiary();
        assertThat(record.getFullName()).isEqualTo(person.fullName());
        assertThat(record.getAddress()).isEqualTo(person.address());
        assertThat(record.getPhone()).isEqualTo(person.phone());
        assertThat(reload(((Registration.Registered) linked).caseNumber()).getBeneficiary().getId())
                .isEqualTo(record.getId());
    }

    /** Within the worker's own units the latest details are taken, and the change is its own audit line. */
    @Test
    void aChangeOfIdentityDataInOnesOwnUnitIsAudited() {
        BeneficiaryDetails person = newPerson();
        String first = register(person, ayu());
        assertThat(interrupting.endEarly(first, TerminationReason.DECEASED, "Meninggal dunia", ayu()))
                .isEqualTo(new CaseChange.Done(first));
        BeneficiaryDetails moved = new BeneficiaryDetails(person.nik(), person.kk(), person.fullName(), person.gender(),
                person.birthDate(), "Jl. Baru 2", person.regionCode(), null, null, null, false, false, false, null);
        Registration again = registering.register(moved, intake(), "handayani", true, ayu());
        String second = ((Registration.Registered) again).caseNumber();
        assertThat(((Registration.Registered) again).identityKept()).isFalse();
        assertThat(reload(first).getBeneficiary().getAddress()).isEqualTo("Jl. Baru 2");
        assertThat(audit.of(AuditTrail.ATENSI_CASE, second)).anyMatch(e -> e.getAction().equals("BENEFICIARY_UPDATED")
                && e.getDetails().contains("address"));
        // the record is shared: the earlier case's own trail shows the change too, and where it came from
        assertThat(audit.of(AuditTrail.ATENSI_CASE, first)).filteredOn(e -> e.getAction().equals("BENEFICIARY_UPDATED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("ayu.lestari");
                    assertThat(e.getDetails()).contains(second).contains("address");
                });
    }

    /** Access is role × unit: an investigator seconded from Handayani is a member of it and works none of its cases. */
    @Test
    void aSecondedInvestigatorReadsNoneOfHerUnitsCases() {
        Staff putu = id.serasi.Fixtures.staff("putu.wirawan");
        assertThat(putu.belongsTo("handayani")).isTrue();
        String caseNumber = register(newPerson(), ayu());
        assertThat(reading.open(caseNumber, putu)).isEmpty();
        assertThat(reading.standing(caseNumber, putu)).isEmpty();
        assertThat(reading.diagram(caseNumber, putu)).isEmpty();
        assertThat(reading.ofMyUnits(putu, null, 0, 50).getContent()).isEmpty();
        assertThat(listing.myUnits(putu, 0, 500).rows()).isEmpty();
        assertThat(listing.followed(putu, TaskFilter.NONE, 0, 50).rows()).isEmpty();
        assertThat(writing.note(caseNumber, "Catatan dari luar unit", putu)).isNotEqualTo(new CaseChange.Done(caseNumber));
        assertThat(interrupting.endEarly(caseNumber, TerminationReason.DECEASED, "x", putu))
                .isNotEqualTo(new CaseChange.Done(caseNumber));
        assertThat(registering.register(newPerson(), intake(), "handayani", false, putu))
                .isInstanceOf(Registration.NotAllowed.class);
    }

    @Test
    void workersRegisterOnlyInTheirOwnUnits() {
        assertThat(registering.register(newPerson(), intake(), "handayani", false, joko()))
                .isInstanceOf(Registration.NotAllowed.class);
    }

    @Test
    void twoWorkersClaimingAtTheSameMomentOneWinsTheOtherIsTold() throws Exception {
        String caseNumber = register(newPerson(), ayu());
        String taskId = task(caseNumber, "eligibility").id();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Claim> byAyu = CompletableFuture.supplyAsync(() -> awaitThen(together, () -> claiming.claim(taskId, ayu())));
        CompletableFuture<Claim> byBudi = CompletableFuture.supplyAsync(() -> awaitThen(together, () -> claiming.claim(taskId, budi())));
        List<Claim> results = List.of(byAyu.get(), byBudi.get());
        assertThat(results).filteredOn(r -> r instanceof Claim.Done).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof Claim.AlreadyClaimed).hasSize(1);
        String winner = results.get(0) instanceof Claim.Done ? "ayu.lestari" : "budi.santoso";
        Claim.AlreadyClaimed lost = (Claim.AlreadyClaimed) results.stream().filter(r -> r instanceof Claim.AlreadyClaimed)
                .findFirst().orElseThrow();
        assertThat(lost.holder()).isEqualTo(winner);
        assertThat(task(caseNumber, "eligibility").assignee()).isEqualTo(winner);
    }

    private static Claim awaitThen(CyclicBarrier barrier, java.util.function.Supplier<Claim> action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    @Test
    void completingATaskSomeoneElseHoldsIsRefused() {
        String caseNumber = register(newPerson(), ayu());
        TaskInfo task = task(caseNumber, "eligibility");
        claiming.claim(task.id(), ayu());
        assertThat(completing.complete(task.id(), new TaskInput.Eligibility(true, "ok"), budi()))
                .isEqualTo(new Completion.Refused("task.heldByOther"));
        assertThat(claiming.claim(task.id(), budi())).isEqualTo(new Claim.AlreadyClaimed("ayu.lestari"));
        assertThat(reload(caseNumber).getEligible()).isNull();
    }

    @Test
    void anInvalidFormSavesNothingAndKeepsTheTask() {
        String caseNumber = register(newPerson(), ayu());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Layak"), ayu());
        TaskInfo task = task(caseNumber, "assessment");
        claiming.claim(task.id(), ayu());
        Completion result = completing.complete(task.id(),
                new TaskInput.Assessment("Keterlantaran", " ", "Padat", "Rajin", "Terapi", null), ayu());
        assertThat(result).isEqualTo(new Completion.Invalid(List.of(new FieldProblem("family", "validation.required"))));
        assertThat(assessments.findByCaseIdOrderByCreatedAtAscIdAsc(reload(caseNumber).getId())).isEmpty();
        assertThat(task(caseNumber, "assessment").assignee()).isEqualTo("ayu.lestari");
    }

    @Test
    void aPlansAuthorCannotApproveIt() {
        String caseNumber = register(newPerson(), dani());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Layak"), dani());
        perform(caseNumber, "assessment", assessment(), dani());
        perform(caseNumber, "intervention-plan", plan(), dani());
        TaskInfo approval = task(caseNumber, "plan-approval");
        claiming.claim(approval.id(), dani());
        assertThat(completing.complete(approval.id(), new TaskInput.PlanDecision(Decision.APPROVED, null), dani()))
                .isEqualTo(new Completion.Refused("approval.ownPlan"));
        claiming.unclaim(approval.id(), dani());
        perform(caseNumber, "plan-approval", new TaskInput.PlanDecision(Decision.APPROVED, null), citra());
        assertThat(reload(caseNumber).getStage()).isEqualTo(Stage.INTERVENTION);
    }

    @Test
    void aCaseGoesFromRegistrationToClosureWithAReturnedPlan() {
        String caseNumber = register(newPerson(), ayu());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Layak"), ayu());
        assertThat(reload(caseNumber).getCaseManager()).isEqualTo("ayu.lestari");
        Instant beforePlanning = Instant.now().minusMillis(1);
        perform(caseNumber, "assessment", assessment(), ayu());
        Instant inPlanningSince = reload(caseNumber).getInStageSince();
        assertThat(inPlanningSince).isBetween(beforePlanning, Instant.now());
        perform(caseNumber, "intervention-plan", plan(), ayu());
        assertThat(reload(caseNumber).getStage()).isEqualTo(Stage.PLANNING);
        perform(caseNumber, "plan-approval", new TaskInput.PlanDecision(Decision.RETURNED, "Tambahkan target angka"), citra());
        perform(caseNumber, "intervention-plan", plan(), ayu());
        // a returned plan keeps the case in planning: its time there still counts from when it entered
        assertThat(reload(caseNumber).getInStageSince()).isEqualTo(inPlanningSince);
        perform(caseNumber, "plan-approval", new TaskInput.PlanDecision(Decision.APPROVED, null), citra());
        assertThat(reload(caseNumber).getStage()).isEqualTo(Stage.INTERVENTION);
        perform(caseNumber, "service-delivery", new TaskInput.Delivery(LocalDate.now(), "Terapi kelompok"), ayu());
        perform(caseNumber, "service-delivery", new TaskInput.Delivery(LocalDate.now(), "Kunjungan keluarga"), ayu());
        assertThat(reload(caseNumber).getStage()).isEqualTo(Stage.REINTEGRATION);
        perform(caseNumber, "evaluation", new TaskInput.Evaluation(true, "Tercapai"), ayu());
        perform(caseNumber, "termination", new TaskInput.Termination(TerminationReason.PROGRAM_COMPLETED, "Selesai"), ayu());
        perform(caseNumber, "termination-approval", new TaskInput.TerminationDecision(Decision.APPROVED, null), citra());
        perform(caseNumber, "skm-survey", new TaskInput.Survey(List.of(4, 4, 3, 4, 4, 3, 4, 4, 4), null), ayu());
        assertThat(reload(caseNumber).getStage()).isEqualTo(Stage.AFTER_CARE);
        AtensiCase c = reload(caseNumber);
        management.createJobQuery().processInstanceId(c.getProcessInstanceId()).timers().list()
                .forEach(job -> management.executeJob(job.getId()));
        perform(caseNumber, "after-care-visit", new TaskInput.AfterCare(LocalDate.now(), AfterCareOutcome.COMPLETE, "Stabil"), ayu());
        AtensiCase closed = reload(caseNumber);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getOutcome()).isEqualTo(Outcome.COMPLETED);
        CaseFile file = reading.open(caseNumber, citra()).orElseThrow();
        assertThat(file.plans()).extracting(InterventionPlan::getRevision, InterventionPlan::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(2, PlanStatus.APPROVED));
        assertThat(file.decisions()).extracting(ApprovalDecision::getAuthor).containsOnly("citra.wulandari");
        assertThat(file.deliveries()).extracting(ServiceDelivery::getServiceForm)
                .containsExactlyInAnyOrder(ServiceForm.THERAPY, ServiceForm.FAMILY_SUPPORT);
        assertThat(file.history()).extracting(e -> e.getAction()).contains("CASE_REGISTERED", "TASK_CLAIMED",
                "TASK_COMPLETED", "STAGE_ENTERED", "CASE_CLOSED");
    }

    @Test
    void whereACaseStandsIsReadOnlyByItsUnit() {
        String caseNumber = register(newPerson(), ayu());
        ReadingCase.Standing standing = reading.standing(caseNumber, budi()).orElseThrow();
        assertThat(standing.atensiCase().getCaseNumber()).isEqualTo(caseNumber);
        assertThat(standing.openTasks()).extracting(TaskInfo::formKey).containsExactly("eligibility");
        // a task names its case, which claiming and completing it look up by key
        assertThat(standing.openTasks()).extracting(TaskInfo::caseId)
                .containsExactly(standing.atensiCase().getId());
        assertThat(reading.standing(caseNumber, joko())).isEmpty();
        assertThat(reading.open(caseNumber, joko())).isEmpty();
    }

    @Autowired WritingCaseFile writing;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void documentsAreStoredOutsideTheDatabaseAndReadOnlyByTheUnit() {
        String caseNumber = register(newPerson(), ayu());
        assertThat(writing.attach(caseNumber, "surat-rujukan.pdf", PDF, ayu())).isEqualTo(new CaseChange.Done(caseNumber));
        Attachment stored = reading.open(caseNumber, ayu()).orElseThrow().attachments().get(0);
        assertThat(stored.getContentType()).isEqualTo("application/pdf");
        assertThat(stored.getSha256()).hasSize(64);
        assertThat(reading.document(stored.getId(), budi())).hasValue(PDF);
        assertThat(reading.document(stored.getId(), joko())).isEmpty();
        assertThat(writing.attach(caseNumber, "surat.pdf", PDF, joko())).isInstanceOf(CaseChange.NotAllowed.class);
    }

    @Test
    void aRenamedExecutableIsRefusedByItsContent() {
        String caseNumber = register(newPerson(), ayu());
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(writing.attach(caseNumber, "foto.jpg", exe, ayu()))
                .isEqualTo(new CaseChange.Invalid(List.of(new FieldProblem("file", "upload.wrongType"))));
        assertThat(reading.open(caseNumber, ayu()).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void notesAreAddedByTheUnitAndNeedText() {
        String caseNumber = register(newPerson(), ayu());
        assertThat(writing.note(caseNumber, "  ", ayu())).isInstanceOf(CaseChange.Invalid.class);
        assertThat(writing.note(caseNumber, "Keluarga hadir di sesi pertama.", budi())).isEqualTo(new CaseChange.Done(caseNumber));
        assertThat(writing.note(caseNumber, "x", joko())).isInstanceOf(CaseChange.NotAllowed.class);
        assertThat(reading.open(caseNumber, ayu()).orElseThrow().notes()).extracting(CaseNote::getText)
                .containsExactly("Keluarga hadir di sesi pertama.");
    }

    long lines(String caseNumber, String action, Staff who) {
        return audit.of(AuditTrail.ATENSI_CASE, caseNumber).stream()
                .filter(e -> e.getAction().equals(action) && e.getActor().equals(who.username())).count();
    }

    /** Case files are of children and trafficking victims: every opening, and every document read, says who. */
    @Test
    void openingACaseFileAndReadingADocumentLeaveOneLineEach() throws java.io.IOException {
        String caseNumber = register(newPerson(), ayu());
        assertThat(writing.attach(caseNumber, "surat-rujukan.pdf", PDF, ayu())).isEqualTo(new CaseChange.Done(caseNumber));
        Attachment stored = reading.open(caseNumber, budi()).orElseThrow().attachments().get(0);
        assertThat(lines(caseNumber, "CASE_OPENED", budi())).isEqualTo(1);
        // drawn again after one's own change: the same opening
        assertThat(reading.reread(caseNumber, budi())).isPresent();
        assertThat(lines(caseNumber, "CASE_OPENED", budi())).isEqualTo(1);
        assertThat(reading.open(caseNumber, joko())).isEmpty();
        assertThat(lines(caseNumber, "CASE_OPENED", joko())).isZero();

        assertThat(reading.document(stored.getId(), budi())).hasValue(PDF);
        assertThat(audit.of(AuditTrail.ATENSI_CASE, caseNumber)).filteredOn(e -> e.getAction().equals("DOCUMENT_READ"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("budi.santoso");
                    assertThat(e.getDetails()).isEqualTo("surat-rujukan.pdf");
                });
        assertThat(reading.document(stored.getId(), joko())).isEmpty();
        assertThat(lines(caseNumber, "DOCUMENT_READ", joko())).isZero();
        // thumbnails are covered by the file's opening, so they serve pictures only: a PDF is never read unaudited
        assertThat(reading.preview(stored.getId(), budi())).isEmpty();
        // and a picture's thumbnail is drawn small on the server: the stored picture itself is never handed out
        assertThat(writing.attach(caseNumber, "foto-rumah.png", TestImages.pngOfAbout(400_000), ayu()))
                .isEqualTo(new CaseChange.Done(caseNumber));
        Attachment picture = reading.reread(caseNumber, budi()).orElseThrow().attachments().stream()
                .filter(a -> a.getContentType().startsWith("image/")).findFirst().orElseThrow();
        byte[] thumbnail = reading.preview(picture.getId(), budi()).orElseThrow();
        java.awt.image.BufferedImage small = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isLessThanOrEqualTo(Thumbnail.SIDE);
        assertThat(thumbnail.length).isLessThan(reading.document(picture.getId(), budi()).orElseThrow().length);
        assertThat(reading.preview(picture.getId(), joko())).isEmpty();

        // a task shows its case's file: opening it is an opening of the file, drawing it again is not
        TaskInfo eligibility = task(caseNumber, "eligibility");
        assertThat(reading.openTask(eligibility.id(), dani())).isPresent();
        assertThat(reading.task(eligibility.id(), dani())).isPresent();
        assertThat(audit.of(AuditTrail.ATENSI_CASE, caseNumber))
                .filteredOn(e -> e.getAction().equals("CASE_OPENED") && e.getActor().equals("dani.kurniawan"))
                .singleElement().extracting(e -> e.getDetails()).isEqualTo("task: " + eligibility.name());
        assertThat(reading.openTask(eligibility.id(), joko())).isEmpty();
        assertThat(lines(caseNumber, "CASE_OPENED", joko())).isZero();
    }

    @Autowired AssigningTask assigning;

    @Test
    void reassigningATaskAndGivingItBackLeaveOneLineEach() {
        String caseNumber = register(newPerson(), ayu());
        TaskInfo eligibility = task(caseNumber, "eligibility");
        assertThat(claiming.claim(eligibility.id(), ayu())).isInstanceOf(Claim.Done.class);
        assertThat(assigning.assign(eligibility.id(), "budi.santoso", citra())).isEqualTo(new Assignment.Assigned(1, 0));
        assertThat(audit.of(AuditTrail.ATENSI_CASE, caseNumber)).filteredOn(e -> e.getAction().equals("TASK_ASSIGNED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("citra.wulandari");
                    assertThat(e.getDetails()).isEqualTo(eligibility.name() + ": ayu.lestari -> budi.santoso");
                });
        // refused: nothing moved, nothing written
        assertThat(assigning.assign(eligibility.id(), "ayu.lestari", budi())).isInstanceOf(Assignment.NotAllowed.class);
        assertThat(lines(caseNumber, "TASK_ASSIGNED", budi())).isZero();

        assertThat(claiming.unclaim(eligibility.id(), ayu())).isEqualTo(new Claim.AlreadyClaimed("budi.santoso"));
        assertThat(claiming.unclaim(eligibility.id(), budi())).isEqualTo(new Claim.Done(eligibility.id()));
        assertThat(audit.of(AuditTrail.ATENSI_CASE, caseNumber)).filteredOn(e -> e.getAction().equals("TASK_UNCLAIMED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("budi.santoso");
                    assertThat(e.getDetails()).isEqualTo(eligibility.name());
                });
        assertThat(lines(caseNumber, "TASK_UNCLAIMED", ayu())).isZero();
    }

    @Autowired KeepingDrafts drafts;

    @Test
    void aDraftIsKeptForItsHolderUntilTheTaskIsDone() {
        String caseNumber = register(newPerson(), ayu());
        TaskInfo task = task(caseNumber, "eligibility");
        TaskInput.Eligibility half = new TaskInput.Eligibility(null, "Menunggu surat keterangan desa");
        assertThat(drafts.save(task.id(), half, ayu())).isEqualTo(new KeepingDrafts.Saving.Gone());
        claiming.claim(task.id(), ayu());
        assertThat(drafts.save(task.id(), half, budi())).isEqualTo(new KeepingDrafts.Saving.Gone());
        assertThat(drafts.save(task.id(), half, ayu())).isEqualTo(new KeepingDrafts.Saving.Saved());
        assertThat(drafts.of(task.id(), ayu())).map(KeepingDrafts.Draft::input).hasValue(half);
        assertThat(drafts.of(task.id(), budi())).isEmpty();
        completing.complete(task.id(), new TaskInput.Eligibility(true, "Lengkap"), ayu());
        assertThat(drafts.of(task.id(), ayu())).isEmpty();
    }

    /** A draft may be incomplete, not too long: each field keeps its limit, and nothing of an oversized draft is kept. */
    @Test
    void aDraftOverAFieldsLimitIsRefusedWithThatFieldsMessageAndKeepsNothing() {
        String caseNumber = register(newPerson(), ayu());
        TaskInfo task = task(caseNumber, "eligibility");
        claiming.claim(task.id(), ayu());
        String over = "x".repeat(AtensiLimits.ELIGIBILITY_NOTE + 1);
        assertThat(drafts.save(task.id(), new TaskInput.Eligibility(null, over), ayu())).isEqualTo(
                new KeepingDrafts.Saving.TooLong(List.of(new FieldProblem("note", "validation.tooLong.2000"))));
        assertThat(drafts.of(task.id(), ayu())).isEmpty();
    }

    /** The largest form full to every limit, with the quotes and line breaks JSON escapes, is kept as a draft. */
    @Test
    void aFullAssessmentIsKeptAsADraft() {
        String caseNumber = register(newPerson(), ayu());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Memenuhi kriteria PPKS"), ayu());
        TaskInfo task = task(caseNumber, "assessment");
        claiming.claim(task.id(), ayu());
        String full = "\"a\"\n".repeat(AtensiLimits.CASE_TEXT / 4);
        TaskInput.Assessment draft = new TaskInput.Assessment(full, full, full, full, full, full);
        assertThat(drafts.save(task.id(), draft, ayu())).isEqualTo(new KeepingDrafts.Saving.Saved());
        assertThat(drafts.of(task.id(), ayu())).map(KeepingDrafts.Draft::input).hasValue(draft);
    }

    /** One character over a person's or the case's limit: the field's message, and nothing registered. */
    @Test
    void overlongRegistrationFieldsAreRefusedEachWithItsLimit() {
        BeneficiaryDetails p = newPerson();
        BeneficiaryDetails overlong = new BeneficiaryDetails(p.nik(), p.kk(), "N".repeat(201), p.gender(),
                p.birthDate(), "A".repeat(401), p.regionCode(), p.latitude(), p.longitude(), p.dtsenDecile(),
                p.disability(), p.pregnant(), p.breastfeeding(), "0".repeat(31));
        Intake intake = intake();
        Intake longProblem = new Intake(intake.targetGroup(), intake.setting(), intake.channel(), intake.emergency(),
                "p".repeat(4001));
        long before = beneficiaries.count();
        assertThat(registering.register(overlong, longProblem, "handayani", false, ayu())).isEqualTo(
                new Registration.Invalid(List.of(new FieldProblem("fullName", "validation.tooLong.200"),
                        new FieldProblem("address", "validation.tooLong.400"),
                        new FieldProblem("phone", "validation.tooLong.30"),
                        new FieldProblem("problem", "validation.tooLong.4000"))));
        assertThat(beneficiaries.count()).isEqualTo(before);
    }

    /** A reason kept in a case note after a label leaves the label room: one character over is refused. */
    @Test
    void aTransferReasonOverItsLimitIsRefusedAndTheCaseStays() {
        String caseNumber = register(newPerson(), ayu());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Layak"), ayu());
        assertThat(interrupting.transfer(caseNumber, "paramita", "r".repeat(AtensiLimits.LABELLED_NOTE + 1), citra()))
                .isEqualTo(new CaseChange.Invalid(List.of(new FieldProblem("reason", "validation.tooLong.3800"))));
        assertThat(reload(caseNumber).getUnitCode()).isEqualTo("handayani");
        assertThat(interrupting.transfer(caseNumber, "paramita", "r".repeat(AtensiLimits.LABELLED_NOTE), citra()))
                .isEqualTo(new CaseChange.Done(caseNumber));
    }

    @Autowired ReadingMentions mentions;

    @Test
    void aNoteMentionsColleaguesOfTheUnitWhoSeeItUntilRead() {
        String caseNumber = register(newPerson(), ayu());
        assertThat(writing.note(caseNumber, "Mohon cek @joko.susilo", ayu()))
                .isEqualTo(new CaseChange.Invalid(List.of(new FieldProblem("text", "note.mention.unknown"))));
        assertThat(writing.note(caseNumber, "@budi.santoso tolong kunjungi keluarga; cc @citra.wulandari. email a@b.id",
                ayu())).isEqualTo(new CaseChange.Done(caseNumber));
        assertThat(Mentions.in("email a@b.id dan @budi.santoso.")).containsExactly("budi.santoso");
        assertThat(mentions.unread(budi())).isPositive();
        assertThat(mentions.of(budi(), 10)).anyMatch(m -> m.caseNumber().equals(caseNumber) && m.unread()
                && m.author().equals("ayu.lestari"));
        mentions.markRead(budi());
        assertThat(mentions.unread(budi())).isZero();
        assertThat(mentions.of(joko(), 10)).isEmpty();
    }

    @Test
    void staffOfAnotherUnitCannotOpenTheCase() {
        String caseNumber = register(newPerson(), ayu());
        String taskId = task(caseNumber, "eligibility").id();
        assertThat(reading.task(taskId, joko())).isEmpty();
        assertThat(reading.task(taskId, budi())).isPresent();
        assertThat(reading.diagram(caseNumber, joko())).isEmpty();
        assertThat(reading.diagram(caseNumber, budi())).hasValueSatisfying(d ->
                assertThat(d.active()).contains("UserTask_AssessEligibility"));
        assertThat(reading.open(caseNumber, joko())).isEmpty();
        assertThat(reading.ofMyUnits(joko(), null, 0, 500).getContent())
                .noneMatch(c -> c.getCaseNumber().equals(caseNumber));
    }

    @Test
    void transferMovesTheCaseToTheReceivingUnit() {
        String caseNumber = register(newPerson(), ayu());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Layak"), ayu());
        assertThat(interrupting.transfer(caseNumber, "paramita", "Keluarga pindah ke Mataram", ayu()))
                .isInstanceOf(CaseChange.NotAllowed.class);
        assertThat(interrupting.transfer(caseNumber, "paramita", "Keluarga pindah ke Mataram", citra()))
                .isEqualTo(new CaseChange.Done(caseNumber));
        assertThat(reading.open(caseNumber, citra())).isEmpty();
        List<TaskInfo> open = reading.open(caseNumber, lalu()).orElseThrow().openTasks();
        assertThat(open).extracting(TaskInfo::formKey).containsExactly("transfer-acceptance");
        TaskInfo accept = open.get(0);
        claiming.claim(accept.id(), lalu());
        completing.complete(accept.id(), new TaskInput.TransferAcceptance("Diterima"), lalu());
        assertThat(reading.open(caseNumber, joko()).orElseThrow().openTasks()).extracting(TaskInfo::formKey)
                .containsExactly("assessment");
    }

    @Test
    void deathOrWithdrawalClosesTheCase() {
        String caseNumber = register(newPerson(), ayu());
        assertThat(interrupting.endEarly(caseNumber, TerminationReason.PROGRAM_COMPLETED, "x", ayu()))
                .isInstanceOf(CaseChange.Invalid.class);
        assertThat(interrupting.endEarly(caseNumber, TerminationReason.DECEASED, "Meninggal dunia", ayu()))
                .isEqualTo(new CaseChange.Done(caseNumber));
        AtensiCase closed = reload(caseNumber);
        assertThat(closed.getOutcome()).isEqualTo(Outcome.ENDED_EARLY);
        assertThat(reading.open(caseNumber, ayu()).orElseThrow().openTasks()).isEmpty();
        BeneficiaryDetails again = womanBorn(Integer.parseInt(closed.getBeneficiary().getNik().substring(12)),
                closed.getBeneficiary().getFullName(), closed.getBeneficiary().getBirthDate());
        assertThat(register(again, ayu())).isNotEqualTo(caseNumber);
    }

    @Test
    void aMissedDeadlineIsEscalatedToTheUnitWhileTheWorkGoesOn() {
        String caseNumber = register(newPerson(), ayu());
        perform(caseNumber, "eligibility", new TaskInput.Eligibility(true, "Layak"), ayu());
        AtensiCase c = reload(caseNumber);
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().plus(java.time.Duration.ofDays(30))));
        management.createJobQuery().processInstanceId(c.getProcessInstanceId()).timers().activityId("BoundaryEvent_AssessmentOverdue")
                .list().forEach(job -> management.executeJob(job.getId()));
        assertThat(escalations.findByUnitCodeInAndResolvedFalseOrderByEscalatedAtDesc(List.of("handayani")))
                .anyMatch(e -> e.getCaseId().equals(c.getId()) && e.getTaskName().equals("Asesmen komprehensif"));
        assertThat(task(caseNumber, "assessment")).isNotNull();
    }
}
