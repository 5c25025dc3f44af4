package id.serasi.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.Await;
import id.serasi.Fixtures;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.Stage;
import id.serasi.atensi.WritingCaseFile;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.beneficiary.Gender;
import id.serasi.search.CaseResults.Facet;
import id.serasi.search.CaseResults.Hit;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.CompletingAtensiTask;
import id.serasi.atensi.ReadingCase;
import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.TaskInput;
import id.serasi.tasks.Claim;
import id.serasi.tasks.ClaimingTask;
import id.serasi.tasks.Completion;
import id.serasi.tasks.TaskInfo;
import java.util.EnumSet;
import id.serasi.atensi.CaseRepository;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.search.mapper.orm.Search;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case search, whatever the backend: cases registered through the real use case, then found by a name's
 * start, a misspelt name, NIK digits, a case number, a word of a note (stemmed), facets and filters, a circle on
 * the map; and never across units. Subclasses run it on Lucene and on a search server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {

    @Autowired RegisteringCase registering;
    @Autowired WritingCaseFile writing;
    @Autowired SearchingCases searching;
    @Autowired ReindexingCases reindexing;
    @Autowired EntityManagerFactory entityManagers;
    @Autowired CaseRepository cases;
    @Autowired ReadingCase reading;
    @Autowired ClaimingTask claiming;
    @Autowired CompletingAtensiTask completing;

    final Staff ayu = Fixtures.ayu();
    final Staff joko = Fixtures.joko();
    String sitiCase;
    String nikOfSiti;

    /** Jakarta (Cipayung), Bogor (Cibinong, ~30 km away) and Mataram (~1,000 km away). */
    static final double[] CIPAYUNG = {-6.318, 106.894};
    static final double[] CIBINONG = {-6.481, 106.854};
    static final double[] MATARAM = {-8.583, 116.116};

    @BeforeAll
    void registerCases() {
        sitiCase = register(1, "Siti Rahmawati", CIPAYUNG, "handayani", ayu);
        nikOfSiti = person(1, "Siti Rahmawati", CIPAYUNG).nik();
        register(2, "Dewi Lestari", CIBINONG, "handayani", ayu);
        register(3, "Ratna Sitompul", CIPAYUNG, "handayani", ayu);
        register(4, "Siti Aminah", MATARAM, "paramita", joko);
        register(5, "Bambang Sutrisno", MATARAM, "paramita", joko);
        writing.note(sitiCase, "Kunjungan ke rumahnya: ibu melaporkan kehadiran di sekolah membaik.", ayu);
        awaitIndexed(() -> searching.search(CaseQuery.of(""), ayu).total() == 3
                && searching.search(CaseQuery.of(""), joko).total() == 2
                && searching.search(CaseQuery.of("rumah"), ayu).total() == 1);
    }

    /** Lucene shows a commit at once; a search server refreshes about once a second. */
    static void awaitIndexed(BooleanSupplier done) {
        Await.until("indexed within a minute", Duration.ofMinutes(1), done);
    }

    String register(int n, String name, double[] at, String unit, Staff by) {
        Registration result = registering.register(person(n, name, at), Fixtures.intake(), unit, true, by);
        assertThat(result).isInstanceOf(Registration.Registered.class);
        return ((Registration.Registered) result).caseNumber();
    }

    static BeneficiaryDetails person(int n, String name, double[] at) {
        BeneficiaryDetails base = Fixtures.womanBorn(700 + n, name, LocalDate.of(1950 + n % 50, 1 + n % 12, 1 + n % 28));
        return new BeneficiaryDetails(base.nik(), base.kk(), name, Gender.FEMALE, base.birthDate(), base.address(),
                base.regionCode(), at[0], at[1], 3, false, false, false, null);
    }

    static List<String> names(CaseResults results) {
        return results.hits().stream().map(Hit::beneficiaryName).toList();
    }

    @Test
    void theStartOfANameFindsEveryNameWithAWordStartingSoInOwnUnitsOnly() {
        CaseResults found = searching.search(CaseQuery.of("sit"), ayu);
        assertThat(names(found)).containsExactlyInAnyOrder("Siti Rahmawati", "Ratna Sitompul");
        assertThat(found.hits()).flatExtracting(Hit::highlights)
                .contains(CaseResults.MARK_START + "Siti" + CaseResults.MARK_END + " Rahmawati");
        assertThat(found.count(Facet.UNIT, "handayani")).isEqualTo(2);
        assertThat(found.count(Facet.UNIT, "paramita")).isZero();
    }

    @Test
    void aNameThatExistsOnlyInAnotherUnitGivesNoHitsAndNoCounts() {
        CaseResults found = searching.search(CaseQuery.of("Aminah"), ayu);
        assertThat(found.total()).isZero();
        assertThat(found.hits()).isEmpty();
        found.facets().values().forEach(counts -> assertThat(counts.values()).allMatch(c -> c == 0));
        assertThat(searching.search(CaseQuery.of("Aminah"), joko).total()).isEqualTo(1);
        assertThat(searching.search(CaseQuery.of("Aminah").withUnits(Set.of("paramita")), ayu).total()).isZero();
        // an investigator seconded from Handayani is a member of it, and finds none of its cases
        assertThat(searching.search(CaseQuery.of(""), id.serasi.Fixtures.staff("putu.wirawan")).total()).isZero();
    }

    @Test
    void aMisspeltNameIsStillFound() {
        assertThat(names(searching.search(CaseQuery.of("Rahmawaty"), ayu))).containsExactly("Siti Rahmawati");
        assertThat(names(searching.search(CaseQuery.of("siti rahma"), ayu))).containsExactly("Siti Rahmawati");
    }

    @Test
    void theFirstDigitsOfANikOrTheCaseNumberFindTheCase() {
        CaseResults byNik = searching.search(CaseQuery.of(nikOfSiti.substring(0, 10)), ayu);
        assertThat(names(byNik)).contains("Siti Rahmawati");
        assertThat(byNik.hits()).as("digits ask nothing of names").allMatch(hit -> hit.highlights().isEmpty());
        assertThat(searching.search(CaseQuery.of(nikOfSiti), ayu).hits()).extracting(Hit::caseNumber)
                .containsExactly(sitiCase);
        assertThat(searching.search(CaseQuery.of(sitiCase), ayu).hits().get(0).caseNumber()).isEqualTo(sitiCase);
    }

    @Test
    void aWordOfANoteIsFoundByItsStemAndHighlighted() {
        CaseResults found = searching.search(CaseQuery.of("rumah"), ayu);
        assertThat(found.hits()).extracting(Hit::caseNumber).containsExactly(sitiCase);
        assertThat(found.hits().get(0).highlights())
                .anyMatch(h -> h.contains(CaseResults.MARK_START + "rumahnya" + CaseResults.MARK_END));
        assertThat(searching.search(CaseQuery.of("berkunjung"), ayu).hits()).extracting(Hit::caseNumber)
                .containsExactly(sitiCase);
    }

    @Test
    void facetsCountWhatIsFoundAndFiltersNarrowIt() {
        CaseResults all = searching.search(CaseQuery.of(""), ayu);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.count(Facet.STAGE, Stage.INTAKE.name())).isEqualTo(3);
        assertThat(all.count(Facet.UNIT, "handayani")).isEqualTo(3);
        assertThat(all.hits()).as("no text, nothing to highlight").allMatch(hit -> hit.highlights().isEmpty());
        Staff ofBoth = new Staff("kepala.regional", "Kepala Regional", Set.of(Role.SUPERVISOR),
                Set.of("handayani", "paramita"));
        CaseResults both = searching.search(CaseQuery.of(""), ofBoth);
        assertThat(both.count(Facet.UNIT, "handayani")).isEqualTo(3);
        assertThat(both.count(Facet.UNIT, "paramita")).isPositive()
                .isEqualTo(both.total() - 3);
        assertThat(searching.search(CaseQuery.of("").withStages(Set.of(Stage.CLOSED)), ayu).total()).isZero();
        assertThat(searching.search(CaseQuery.of("").openedBetween(LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1)), ayu).total()).isEqualTo(3);
        assertThat(searching.search(CaseQuery.of("").openedBetween(null, LocalDate.now().minusDays(2)), ayu).total())
                .isZero();
    }

    @Test
    void casesWithinACircleNearestFirst() {
        CaseQuery near = CaseQuery.of("").near(new CaseQuery.Near(CIPAYUNG[0], CIPAYUNG[1], 50))
                .orderedBy(CaseQuery.Order.NEAREST);
        CaseResults found = searching.search(near, ayu);
        assertThat(found.total()).isEqualTo(3);
        assertThat(found.hits().get(2).beneficiaryName()).isEqualTo("Dewi Lestari");
        assertThat(found.hits().get(2).distanceKm()).isBetween(15.0, 25.0);
        assertThat(found.hits()).extracting(CaseResults.Hit::distanceKm).as("nearest first").isSorted();
        assertThat(searching.search(near.near(new CaseQuery.Near(CIPAYUNG[0], CIPAYUNG[1], 5)), ayu).total())
                .isEqualTo(2);
        assertThat(searching.around(sitiCase, 5, ayu)).isPresent();
        assertThat(searching.around(sitiCase, 5, joko)).as("not joko's case").isEmpty();
    }

    @Test
    void anAdminRebuildsALostIndexFromTheDatabase() throws Exception {
        Search.mapping(entityManagers).scope(AtensiCase.class).workspace().purge();
        Search.mapping(entityManagers).scope(AtensiCase.class).workspace().refresh();
        assertThat(searching.search(CaseQuery.of("sit"), ayu).total()).isZero();
        assertThat(reindexing.start(ayu)).as("only an admin").isFalse();

        assertThat(reindexing.start(Fixtures.staff("rina.marlina"))).isTrue();
        awaitIndexed(() -> !reindexing.progress().running());
        ReindexingCases.Progress done = reindexing.progress();
        assertThat(done.failure()).isNull();
        assertThat(done.done()).isEqualTo(cases.count());
        assertThat(done.percent()).isEqualTo(100);
        awaitIndexed(() -> searching.search(CaseQuery.of("sit"), ayu).total() == 2);
        assertThat(searching.search(CaseQuery.of("rumah"), ayu).total()).isEqualTo(1);
    }

    /**
     * A thousand notes written at once by eight threads to ten cases of another unit; afterwards every note's own
     * word finds exactly its case, in the index as in the database.
     */
    @Test
    void aThousandConcurrentChangesLeaveTheIndexEqualToTheDatabase() throws Exception {
        Staff gita = Fixtures.staff("gita.permata");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            numbers.add(register(900 + i, "Warga Serentak " + (char) ('A' + i), CIBINONG, "pangudi-luhur", gita));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<CaseChange>> changes = new ArrayList<>();
        for (int n = 0; n < 1000; n++) {
            String caseNumber = numbers.get(n % numbers.size());
            String text = "Kunjungan rumah, penanda" + n + ".";
            changes.add(threads.submit(() -> writing.note(caseNumber, text, gita)));
        }
        for (Future<CaseChange> change : changes) {
            assertThat(change.get()).isInstanceOf(CaseChange.Done.class);
        }
        threads.shutdown();

        awaitIndexed(() -> searching.search(CaseQuery.of("penanda999"), gita).total() == 1
                && searching.search(CaseQuery.of("penanda0"), gita).total() == 1);
        for (int n = 0; n < 1000; n++) {
            int note = n;
            awaitIndexed(() -> searching.search(CaseQuery.of("penanda" + note), gita).hits().stream()
                    .map(Hit::caseNumber).toList().equals(List.of(numbers.get(note % numbers.size()))));
        }
        CaseResults unit = searching.search(CaseQuery.of("serentak").page(0, 50), gita);
        assertThat(unit.hits()).extracting(Hit::caseNumber).containsExactlyInAnyOrderElementsOf(numbers);
    }

    void perform(String caseNumber, String formKey, TaskInput input, Staff who) {
        List<TaskInfo> open = reading.open(caseNumber, who).orElseThrow().openTasks();
        TaskInfo task = open.stream().filter(t -> formKey.equals(t.formKey())).findFirst().orElseThrow();
        assertThat(claiming.claim(task.id(), who)).isInstanceOf(Claim.Done.class);
        assertThat(completing.complete(task.id(), input, who)).isInstanceOf(Completion.Completed.class);
    }

    @Test
    void theServiceFormsOfAPlanAreAFacetAndAFilter() {
        Staff dewi = Fixtures.dewi();
        String number = register(30, "Sri Mulyani", CIBINONG, "inten-soeweno", dewi);
        perform(number, "eligibility", new TaskInput.Eligibility(true, "Layak"), dewi);
        perform(number, "assessment", new TaskInput.Assessment("Keterlantaran", "Tinggal dengan bibi", "Padat",
                "Rajin", "Terapi", null), dewi);
        perform(number, "intervention-plan", new TaskInput.Plan("Mandiri dalam 3 bulan",
                EnumSet.of(ServiceForm.THERAPY, ServiceForm.FAMILY_SUPPORT), CareSetting.FAMILY, "Peksos, psikolog",
                "Mingguan, 12 minggu", "Skor fungsi sosial naik", false), dewi);

        awaitIndexed(() -> searching.search(CaseQuery.of("mulyani"), dewi).count(Facet.SERVICE_FORM,
                ServiceForm.THERAPY.name()) == 1);
        CaseResults found = searching.search(CaseQuery.of("mulyani"), dewi);
        assertThat(found.count(Facet.SERVICE_FORM, ServiceForm.FAMILY_SUPPORT.name())).isEqualTo(1);
        assertThat(found.count(Facet.STAGE, Stage.PLANNING.name())).isEqualTo(1);
        assertThat(searching.search(CaseQuery.of("").withServiceForms(Set.of(ServiceForm.FAMILY_SUPPORT)), dewi)
                .hits()).extracting(Hit::caseNumber).containsExactly(number);
        assertThat(searching.search(CaseQuery.of("").withServiceForms(Set.of(ServiceForm.VOCATIONAL_TRAINING)), dewi)
                .total()).isZero();
    }
}
