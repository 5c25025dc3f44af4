package id.serasi.search;

import id.serasi.common.StartupStep;
import id.serasi.atensi.CaseRepository;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * At start-up: with {@code --reindex} on the command line, rebuild the case index, print the outcome and stop;
 * otherwise, when the index is empty while the database holds cases (a new node's local index, a deleted index
 * directory, a restored database), rebuild it in the background so search is whole again without anyone asking.
 */
@Component
class SearchIndexAtStartup implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAtStartup.class);

    private final ReindexingCases reindexing;
    private final CaseRepository cases;
    private final ConfigurableApplicationContext context;
    private final boolean rebuildEmpty;

    SearchIndexAtStartup(ReindexingCases reindexing, CaseRepository cases, ConfigurableApplicationContext context,
                         @Value("${serasi.search.rebuild-empty-index:true}") boolean rebuildEmpty) {
        this.rebuildEmpty = rebuildEmpty;
        this.reindexing = reindexing;
        this.cases = cases;
        this.context = context;
    }

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (arguments.containsOption("reindex")) {
            ReindexingCases.Progress done = reindexing.runNow();
            log.info("Reindex {}: {} cases in {}", done.failure() == null ? "finished" : "failed: " + done.failure(),
                    done.done(), Duration.between(done.startedAt(), done.finishedAt()));
            System.exit(SpringApplication.exit(context, () -> done.failure() == null ? 0 : 1));
        }
        if (rebuildEmpty && reindexing.indexedCases() == 0 && cases.count() > 0) {
            log.info("The search index is empty while the database holds cases: rebuilding it in the background");
            ReindexingCases.background(reindexing::runNow);
        }
    }
}
