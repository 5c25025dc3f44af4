package id.serasi.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the index catch up after a long search-server outage. Indexing events wait in the outbox and are retried
 * ({@code retry_delay}); after several failed attempts Hibernate Search sets them aside as aborted. This puts them
 * back in line regularly, so an outage of any length delays indexing but loses nothing.
 */
@Component
public class SearchCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);

    private final EntityManagerFactory entityManagers;

    SearchCatchUp(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** How many indexing events are set aside now (a health figure: should be zero). */
    public long abortedEvents() {
        return Search.mapping(entityManagers).extension(OutboxPollingExtension.get()).countAbortedEvents();
    }

    @Scheduled(fixedDelayString = "${serasi.search.reprocess-every:PT1M}",
            initialDelayString = "${serasi.search.reprocess-every:PT1M}")
    public int reprocessAborted() {
        int requeued = Search.mapping(entityManagers).extension(OutboxPollingExtension.get()).reprocessAbortedEvents();
        if (requeued > 0) {
            log.warn("{} indexing events had failed repeatedly (search server unreachable?) and are queued again",
                    requeued);
        }
        return requeued;
    }
}
