package id.serasi.search;

import id.serasi.atensi.AtensiCase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search backend in {@code /actuator/health} (and readiness): up when a query reaches the index; the indexing
 * events set aside after repeated failures are shown beside it (they should be zero).
 */
@Component("search")
class SearchHealth implements HealthIndicator {

    private final EntityManagerFactory entityManagers;
    private final SearchCatchUp catchUp;

    SearchHealth(EntityManagerFactory entityManagers, SearchCatchUp catchUp) {
        this.entityManagers = entityManagers;
        this.catchUp = catchUp;
    }

    @Override
    public Health health() {
        try (var session = entityManagers.createEntityManager()) {
            long cases = Search.session(session).search(AtensiCase.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return Health.up().withDetail("indexedCases", cases)
                    .withDetail("abortedIndexingEvents", catchUp.abortedEvents()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
