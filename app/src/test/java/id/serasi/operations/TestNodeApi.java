package id.serasi.operations;

import id.serasi.Fixtures;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.RegisteringCase;
import id.serasi.atensi.Registration;
import id.serasi.atensi.WritingCaseFile;
import id.serasi.beneficiary.BeneficiaryDetails;
import id.serasi.search.CaseQuery;
import id.serasi.search.SearchingCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case work and search on one node of {@link TwoNodesTest}, which drives separate JVMs over HTTP. Test sources
 * only, and only with {@code serasi.test.node-api=true}: no running Serasi has it.
 */
@RestController
@ConditionalOnProperty(name = "serasi.test.node-api", havingValue = "true")
class TestNodeApi {

    private final RegisteringCase registering;
    private final WritingCaseFile writing;
    private final SearchingCases searching;
    private final RuntimeService runtime;
    private final TaskService tasks;

    TestNodeApi(RegisteringCase registering, WritingCaseFile writing, SearchingCases searching,
                RuntimeService runtime, TaskService tasks) {
        this.registering = registering;
        this.writing = writing;
        this.searching = searching;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts an instance of the test's own model on this node: nobody may start one over the engine's REST, which
     * is for reading and operating the engine, not for working cases.
     */
    @PostMapping("/test-node/start")
    Map<String, String> start(@RequestParam String key) {
        return Map.of("id", runtime.startProcessInstanceByKey(key).getId());
    }

    /** Claims a task of the test's own model on this node, for the other node to see. */
    @PostMapping("/test-node/claim")
    void claim(@RequestParam String task, @RequestParam String user) {
        tasks.claim(task, user);
    }

    /** Registers cases named "Warga {word} {n}" in Handayani, each with a note holding the word. */
    @PostMapping("/test-node/cases")
    List<String> register(@RequestParam String word, @RequestParam int from, @RequestParam int count) {
        List<String> numbers = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            Registration result = registering.register(person(word, n), Fixtures.intake(), "handayani", true,
                    Fixtures.ayu());
            String number = ((Registration.Registered) result).caseNumber();
            CaseChange noted = writing.note(number, "Kunjungan " + word + ".", Fixtures.ayu());
            if (!(noted instanceof CaseChange.Done)) {
                throw new IllegalStateException(noted.toString());
            }
            numbers.add(number);
        }
        return numbers;
    }

    /** The n-th person registered for a word: "Warga {word} {n}", her NIK serial n. */
    static BeneficiaryDetails person(String word, int n) {
        return Fixtures.womanBorn(n, "Warga " + word + " " + n, LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28));
    }

    /** How many cases this node's search finds for the word, as Ayu of Handayani. */
    @GetMapping("/test-node/search")
    Map<String, Long> search(@RequestParam String word) {
        return Map.of("total", searching.search(CaseQuery.of(word), Fixtures.ayu()).total());
    }
}
