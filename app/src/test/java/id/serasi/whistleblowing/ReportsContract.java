package id.serasi.whistleblowing;

import static id.serasi.Fixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.CaseRepository;
import id.serasi.atensi.Intake;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.TargetGroup;
import id.serasi.audit.AuditEvent;
import id.serasi.audit.AuditTrail;
import id.serasi.common.FieldProblem;
import id.serasi.document.TestImages;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.tasks.Completion;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The whistleblowing use cases against a real database and engine; run on H2 and on PostgreSQL by the subclasses. */
@ExtendWith(OutputCaptureExtension.class)
abstract class ReportsContract {

    @Autowired FilingReport filing;
    @Autowired FollowingReport following;
    @Autowired ReadingReport reading;
    @Autowired HandlingReport handling;
    @Autowired AuditTrail audit;
    @Autowired CaseRepository cases;
    @Autowired EvidenceIntake intake;

    static Staff lead() {
        return staff("maria.simanjuntak");
    }

    static Staff nur() {
        return staff("nur.hidayah");
    }

    static Staff sari() {
        return staff("sari.rahmawati");
    }

    /** An investigator who is also on the staff of Sentra Handayani. */
    static Staff putu() {
        return staff("putu.wirawan");
    }

    static ReportDetails anonymous(String unit) {
        return new ReportDetails(ReportCategory.GRATIFIKASI, "Petugas meminta uang Rp 500.000 agar berkas bantuan"
                + " saya diproses lebih cepat.", "Petugas loket pendaftaran", "Sentra Handayani, Jakarta Timur",
                "Senin, 2 November 2026, pukul 10.00", "Diminta di ruang belakang, tanpa kuitansi", unit, true, null,
                null);
    }

    static ReportDetails named() {
        return new ReportDetails(ReportCategory.KKN, "Pengadaan makanan diberikan kepada perusahaan milik keluarga"
                + " kepala bagian.", null, null, null, null, null, false, "Siti Aminah Pelapor", "0812-9999-4321");
    }

    EvidenceFile accepted(byte[] content) {
        return ((EvidenceIntake.Arrival.Accepted) intake.accept(content)).file();
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** A portal client of its own (the filing limit counts per client). */
    static String newClient() {
        return "192.0.2." + CLIENTS.incrementAndGet();
    }

    Filing.Filed file(ReportDetails details) {
        Filing result = filing.file(details, List.of(), newClient());
        assertThat(result).isInstanceOf(Filing.Filed.class);
        return (Filing.Filed) result;
    }

    void done(String number, ReportInput input, Staff who) {
        assertThat(handling.complete(number, input, who)).isEqualTo(new Completion.Completed(number));
    }

    static ReportInput complete(Severity severity) {
        return new ReportInput.Screening(ScreeningResult.COMPLETE, ReportCategory.GRATIFIKASI, severity, null, null, null);
    }

    FollowingReport.ReporterView portal(String code) {
        var lookup = following.open(code, "203.0.113.7");
        assertThat(lookup).isInstanceOf(FollowingReport.Lookup.Found.class);
        return ((FollowingReport.Lookup.Found) lookup).report();
    }

    @Test
    void anonymousReportRunsFromPortalToOutcomeSeenByTheReporter() {
        Filing.Filed filed = file(anonymous("handayani"));
        String number = filed.reportNumber();
        assertThat(filed.receiptCode()).matches("([A-Z2-9]{4}-){5}[A-Z2-9]{4}");
        assertThat(portal(filed.receiptCode()).status()).isEqualTo("RECEIVED");

        done(number, new ReportInput.Screening(ScreeningResult.INCOMPLETE, null, null,
                "Apakah Anda ingat nama atau ciri petugas tersebut?", null, null), lead());
        FollowingReport.ReporterView waiting = portal(filed.receiptCode().toLowerCase().replace("-", " "));
        assertThat(waiting.awaitingAnswer()).isTrue();
        assertThat(waiting.messages()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.QUESTION);
            assertThat(m.author()).isNull();
        });

        var reply = following.reply(filed.receiptCode(), "203.0.113.7", "Laki-laki, berkacamata, bertugas di loket 2.",
                List.of(accepted(photo())));
        assertThat(reply).isInstanceOf(FollowingReport.Reply.Sent.class);
        ReadingReport.ReportFile file = reading.open(number, lead()).orElseThrow();
        assertThat(file.currentTask().orElseThrow().formKey()).isEqualTo("wbs-screening");
        ReportRecords.Evidence receipt = file.evidence().get(0);
        assertThat(receipt.fileName()).isEqualTo("bukti-1.jpg");
        assertThat(receipt.contentType()).isEqualTo("image/jpeg");
        ReadingReport.Download download = reading.download(number, receipt.id(), lead()).orElseThrow();
        assertThat(download.fileName()).isEqualTo("bukti-1.jpg");
        byte[] stored = download.content();
        assertThat(gps(stored)).isNull();

        done(number, complete(Severity.SEDANG), lead());
        assertThat(handling.eligibleInvestigators(number, lead())).extracting(Staff::username)
                .contains("nur.hidayah", "sari.rahmawati").doesNotContain("putu.wirawan", "maria.simanjuntak");
        done(number, new ReportInput.Assignment("nur.hidayah"), lead());
        done(number, new ReportInput.ConflictDeclaration(true, null), nur());
        assertThat(handling.addNote(number, "Wawancara petugas loket 2 dijadwalkan.", nur())).contains(List.of());
        assertThat(handling.addEvidence(number, List.of(accepted(photo())), nur())).contains(List.of());
        assertThat(reading.open(number, nur()).orElseThrow().evidence()).extracting(ReportRecords.Evidence::fileName)
                .as("numbered on per report, whoever adds them").containsExactly("bukti-1.jpg", "bukti-2.jpg");
        done(number, new ReportInput.Investigation("Saksi membenarkan permintaan uang."), nur());
        done(number, new ReportInput.ConclusionDraft(Conclusion.SUBSTANTIATED, "Dua saksi dan kuitansi.",
                "Sanksi disiplin dan pengembalian uang."), nur());
        assertThat(portal(filed.receiptCode()).status()).isEqualTo("IN_PROGRESS");
        done(number, new ReportInput.ConclusionDecision(true, null), lead());
        done(number, new ReportInput.FollowUp("Sanksi disiplin dijatuhkan; uang dikembalikan.",
                "Laporan Anda terbukti. Petugas telah dijatuhi sanksi dan uang dikembalikan."), nur());

        FollowingReport.ReporterView closed = portal(filed.receiptCode());
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).contains("terbukti");
        assertThat(closed.evidence()).containsExactly("bukti-1.jpg");
        assertThat(closed.messages()).extracting(ReportRecords.Message::kind)
                .containsExactly(MessageKind.QUESTION, MessageKind.ANSWER);
        assertThat(following.reply(filed.receiptCode(), "203.0.113.7", "Terima kasih", List.of()))
                .isInstanceOf(FollowingReport.Reply.Closed.class);
    }

    @Test
    void nobodyButTheLeadAndTheAssignedInvestigatorGetsAReport() {
        String number = file(anonymous(null)).reportNumber();
        List<Staff> outsiders = List.of(staff("ayu.lestari"), staff("citra.wulandari"), staff("oki.pratama"),
                staff("rina.marlina"), nur(), sari());
        for (Staff outsider : outsiders) {
            assertThat(reading.list(outsider)).as(outsider.username())
                    .extracting(ReadingReport.ReportRow::reportNumber).doesNotContain(number);
            assertThat(reading.open(number, outsider)).as(outsider.username()).isEmpty();
            assertThat(reading.download(number, 1, outsider)).isEmpty();
            assertThat(handling.complete(number, complete(Severity.RINGAN), outsider))
                    .isEqualTo(new Completion.Refused("report.notFound"));
            assertThat(handling.addNote(number, "catatan", outsider)).isEmpty();
        }
        assertThat(reading.list(lead())).extracting(ReadingReport.ReportRow::reportNumber).contains(number);

        done(number, complete(Severity.RINGAN), lead());
        done(number, new ReportInput.Assignment("nur.hidayah"), lead());
        assertThat(reading.open(number, nur())).isPresent();
        assertThat(reading.list(nur())).extracting(ReadingReport.ReportRow::reportNumber).contains(number);
        assertThat(reading.list(staff("ayu.lestari"))).isEmpty();
        assertThat(reading.open(number, sari())).isEmpty();
        assertThat(reading.list(sari())).extracting(ReadingReport.ReportRow::reportNumber).doesNotContain(number);

        Set<String> readers = audit.of(AuditTrail.WBS_REPORT, number).stream()
                .filter(e -> e.getAction().equals("REPORT_READ")).map(AuditEvent::getActor).collect(Collectors.toSet());
        assertThat(readers).containsExactlyInAnyOrder("nur.hidayah");
    }

    @Test
    void aDeclaredConflictHandsTheReportToSomeoneElseAndEndsAccess() {
        String number = file(anonymous("handayani")).reportNumber();
        done(number, complete(Severity.BERAT), lead());
        assertThat(handling.complete(number, new ReportInput.Assignment("putu.wirawan"), lead()))
                .isEqualTo(new Completion.Invalid(List.of(new FieldProblem("investigator", "report.investigatorNotEligible"))));
        done(number, new ReportInput.Assignment("nur.hidayah"), lead());
        assertThat(handling.complete(number, new ReportInput.ConflictDeclaration(false, null), nur()))
                .isEqualTo(new Completion.Invalid(List.of(new FieldProblem("statement", "validation.required"))));
        done(number, new ReportInput.ConflictDeclaration(false, "Terlapor adalah ipar saya."), nur());

        assertThat(reading.open(number, nur())).isEmpty();
        assertThat(handling.eligibleInvestigators(number, lead())).extracting(Staff::username)
                .containsExactly("sari.rahmawati");
        done(number, new ReportInput.Assignment("sari.rahmawati"), lead());
        assertThat(reading.open(number, sari()).orElseThrow().currentTask().orElseThrow().assignee())
                .isEqualTo("sari.rahmawati");
    }

    @Test
    void onlyTheLeadSeesANamedReporterWithAReasonThatIsAudited() {
        String number = file(named()).reportNumber();
        assertThat(reading.revealReporter(number, "Perlu konfirmasi saksi", nur()))
                .isInstanceOf(ReadingReport.Reveal.NotAllowed.class);
        assertThat(reading.revealReporter(number, "  ", lead())).isInstanceOf(ReadingReport.Reveal.ReasonNeeded.class);

        var revealed = reading.revealReporter(number, "Pelapor perlu dihubungi untuk dokumen kontrak.", lead());

        assertThat(revealed).isEqualTo(new ReadingReport.Reveal.Revealed(
                new Report.Reporter("Siti Aminah Pelapor", "0812-9999-4321")));
        assertThat(audit.of(AuditTrail.WBS_REPORT, number)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("REPORTER_IDENTITY_REVEALED");
            assertThat(e.getActor()).isEqualTo("maria.simanjuntak");
            assertThat(e.getDetails()).isEqualTo("Pelapor perlu dihubungi untuk dokumen kontrak.");
        });
        assertThat(audit.of(AuditTrail.WBS_REPORT, number)).noneMatch(e -> e.getDetails() != null
                && e.getDetails().contains("Siti Aminah"));
        String anonymousNumber = file(anonymous(null)).reportNumber();
        assertThat(reading.revealReporter(anonymousNumber, "Perlu konfirmasi saksi", lead()))
                .isInstanceOf(ReadingReport.Reveal.Anonymous.class);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsFiled() {
        long before = reading.list(lead()).size();
        assertThat(intake.accept(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}))
                .isEqualTo(new EvidenceIntake.Arrival.Refused("upload.wrongType"));
        EvidenceFile photo = accepted(photo());
        Filing result = filing.file(new ReportDetails(null, "singkat", null, null, null, null, null, false, "", null),
                List.of(photo, photo, photo, photo, photo, photo), newClient());
        assertThat(result).isInstanceOf(Filing.Invalid.class);
        assertThat(((Filing.Invalid) result).problems()).containsExactlyInAnyOrder(
                new FieldProblem("category", "validation.required"), new FieldProblem("what", "report.what.tooShort"),
                new FieldProblem("reporterName", "report.nameOrAnonymous"),
                new FieldProblem("reporterContact", "report.contactOrAnonymous"),
                new FieldProblem("evidence", "upload.tooMany"));
        assertThat(reading.list(lead())).hasSize((int) before);
    }

    @Test
    void outOfScopeReportIsRoutedToTheUnitWithoutTheReporter() {
        Filing.Filed filed = file(named());
        done(filed.reportNumber(), new ReportInput.Screening(ScreeningResult.OUT_OF_SCOPE, null, null, null, "paramita",
                "Keluhan antrean layanan di Sentra Paramita."), lead());
        assertThat(portal(filed.receiptCode()).status()).isEqualTo("ROUTED");
        ReadingReport.ReportFile file = reading.open(filed.reportNumber(), lead()).orElseThrow();
        assertThat(file.report().getRoutedUnit()).isEqualTo("paramita");
        assertThat(file.report().getComplaintSummary()).doesNotContain("Siti");
        assertThat(file.currentTask()).isEmpty();
    }

    @Test
    void harmToABeneficiaryOpensAProtectiveCaseThatShowsNeitherReportNorReporter() {
        String number = file(named()).reportNumber();
        var person = id.serasi.Fixtures.woman(9100 + (int) (System.nanoTime() % 800));
        var intake = new Intake(TargetGroup.LANSIA, CareSetting.RESIDENTIAL, IntakeChannel.WALK_IN, true,
                "Lansia ditelantarkan di panti; perlu perlindungan segera.");
        assertThat(handling.openProtectiveCase(number, person, intake, "handayani", true, sari()))
                .isInstanceOf(Registration.NotAllowed.class);
        assertThat(handling.openProtectiveCase(number, person, intake, null, true, lead()))
                .isEqualTo(new Registration.Invalid(List.of(new FieldProblem("unit", "validation.required"))));

        Registration opened = handling.openProtectiveCase(number, person, intake, "handayani", true, lead());

        String caseNumber = ((Registration.Registered) opened).caseNumber();
        AtensiCase atensiCase = cases.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(atensiCase.getIntakeChannel()).isEqualTo(IntakeChannel.REFERRAL);
        assertThat(atensiCase.getRegisteredBy()).isEqualTo(RegisteringCase.INSPECTORATE);
        assertThat(atensiCase.getProblem()).doesNotContain(number).doesNotContain("Siti Aminah");
        assertThat(audit.of(AuditTrail.ATENSI_CASE, caseNumber)).allSatisfy(e -> {
            assertThat(e.getActor()).isNotEqualTo("maria.simanjuntak");
            assertThat(String.valueOf(e.getDetails())).doesNotContain(number);
        });
        assertThat(audit.of(AuditTrail.WBS_REPORT, number)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("PROTECTIVE_CASE_OPENED");
            assertThat(e.getDetails()).startsWith(caseNumber);
        });
    }

    @Test
    void twoLeadsScreeningAtOnceOneWinsAndTheOtherIsToldPlainly() throws Exception {
        String number = file(anonymous(null)).reportNumber();
        Staff second = new Staff("yudi.lead", "Yudi Lead", Set.of(Role.INVESTIGATION_LEAD), Set.of());
        CyclicBarrier together = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> {
            await(together);
            return handling.complete(number, complete(Severity.SEDANG), lead());
        });
        var other = CompletableFuture.supplyAsync(() -> {
            await(together);
            return handling.complete(number, complete(Severity.BERAT), second);
        });
        List<Completion> results = List.of(first.get(), other.get());
        assertThat(results).filteredOn(r -> r instanceof Completion.Completed).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof Completion.Completed)).singleElement()
                .isIn(new Completion.Refused("report.handledByOther"), new Completion.Gone());
        assertThat(reading.open(number, lead()).orElseThrow().currentTask().orElseThrow().formKey())
                .isEqualTo("wbs-assignment");
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTeamEntersCallCentreReportsButNobodyElseCan() {
        ReportDetails details = anonymous(null);
        assertThat(filing.fileOnBehalf(staff("ayu.lestari"), ReportChannel.CALL_CENTRE, details, List.of()))
                .isInstanceOf(Filing.Invalid.class);
        assertThat(filing.fileOnBehalf(nur(), null, details, List.of()))
                .isEqualTo(new Filing.Invalid(List.of(new FieldProblem("channel", "report.channelRequired"))));
        Filing filed = filing.fileOnBehalf(nur(), ReportChannel.LETTER, details, List.of());
        String number = ((Filing.Filed) filed).reportNumber();
        assertThat(reading.open(number, lead()).orElseThrow().report().getChannel()).isEqualTo(ReportChannel.LETTER);
        assertThat(reading.open(number, nur())).isEmpty();
    }

    /** Issue 25: the portal took any number of reports from one address. */
    @Test
    void aClientFilesFiveReportsAnHourAndTheNextWaitsWhileOthersStillFile() {
        String busy = newClient();
        long before = reading.list(lead()).size();
        for (int i = 0; i < 5; i++) {
            assertThat(filing.file(anonymous("handayani"), List.of(), busy)).isInstanceOf(Filing.Filed.class);
        }
        Filing refused = filing.file(anonymous("handayani"), List.of(), busy);
        assertThat(refused).isInstanceOf(Filing.Wait.class);
        assertThat(((Filing.Wait) refused).retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12));
        assertThat(reading.list(lead())).hasSize((int) before + 5);
        assertThat(filing.file(anonymous("handayani"), List.of(), newClient())).isInstanceOf(Filing.Filed.class);
        assertThat(filing.fileOnBehalf(nur(), ReportChannel.CALL_CENTRE, anonymous(null), List.of()))
                .as("the team's own entries are not the portal's").isInstanceOf(Filing.Filed.class);
    }

    /** One client's lockout is its own; a right code neither resets the count nor gets through the lockout. */
    @Test
    void wrongCodesLockOutTheirClientOnlyAndARightCodeDoesNotResetTheCount() {
        Filing.Filed filed = file(anonymous("handayani"));
        String guesser = newClient();
        for (int i = 0; i < 9; i++) {
            assertThat(following.open("AAAA-BBBB-CCCC-DDDD-EEEE-FFF" + (i + 2), guesser))
                    .isInstanceOf(FollowingReport.Lookup.NotFound.class);
            if (i == 4) {
                assertThat(following.open(filed.receiptCode(), guesser)).isInstanceOf(FollowingReport.Lookup.Found.class);
            }
        }
        assertThat(following.open("AAAA-BBBB-CCCC-DDDD-EEEE-FFFZ", guesser)).isInstanceOf(FollowingReport.Lookup.NotFound.class);
        assertThat(following.open(filed.receiptCode(), guesser)).isInstanceOf(FollowingReport.Lookup.Wait.class);
        assertThat(following.open(filed.receiptCode(), newClient())).isInstanceOf(FollowingReport.Lookup.Found.class);
    }

    @Test
    void nothingThatIdentifiesTheReporterReachesTheLog(CapturedOutput output) {
        Filing.Filed filed = file(named());
        following.open(filed.receiptCode(), "198.51.100.23");
        following.open("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "198.51.100.23");
        following.reply(filed.receiptCode(), "198.51.100.23", "Tambahan dari Siti Aminah Pelapor", List.of());
        assertThat(output.getAll()).doesNotContain("Siti Aminah").doesNotContain("0812-9999-4321")
                .doesNotContain("198.51.100.23").doesNotContain(filed.receiptCode());
    }

    static byte[] photo() {
        return TestImages.jpegWithGps();
    }

    static GpsDirectory gps(byte[] image) {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(image)).getFirstDirectoryOfType(GpsDirectory.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
