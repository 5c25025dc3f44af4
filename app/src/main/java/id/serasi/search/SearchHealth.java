package id.serasi.search;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search backend in {@code /actuator/health} (and readiness): up when a query reaches the index; the indexing
 * events set aside after repeated failures are shown beside it (they should be zero).
 */
@Component("search")
class SearchHealth implements HealthIndicator {

    private final ReindexingCases reindexing;
    private final SearchCatchUp catchUp;

    SearchHealth(ReindexingCases reindexing, SearchCatchUp catchUp) {
        this.reindexing = reindexing;
        this.catchUp = catchUp;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("indexedCases", reindexing.indexedCases())
                    .withDetail("abortedIndexingEvents", catchUp.abortedEvents()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
