package id.serasi.search;

import id.serasi.atensi.AtensiCase;
import id.serasi.audit.AuditTrail;
import id.serasi.security.Role;
import id.serasi.security.Staff;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the case index from the database: after restoring a backup, changing the analysis, or losing the index.
 * One rebuild at a time; the admin view and the command line ({@code --reindex}) watch its progress. Searches keep
 * working meanwhile and see the cases as they are reindexed.
 */
@Service
public class ReindexingCases {

    private static final Logger log = LoggerFactory.getLogger(ReindexingCases.class);
    private static final int LOAD_THREADS = 2;
    private static final int BATCH = 200;

    private final EntityManagerFactory entityManagers;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private volatile Progress progress = new Progress(false, 0, 0, null, null, null);
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    ReindexingCases(EntityManagerFactory entityManagers, AuditTrail audit, TransactionTemplate transaction) {
        this.entityManagers = entityManagers;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Where a rebuild stands: running or not, cases indexed of those to index, when, and why it failed if it did. */
    public record Progress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
                           String failure) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** How many cases the index holds now. */
    public long indexedCases() {
        try (var session = entityManagers.createEntityManager()) {
            return Search.session(session).search(AtensiCase.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    public Progress progress() {
        Progress now = progress;
        return now.running() ? new Progress(true, done.get(), total.get(), now.startedAt(), null, null) : now;
    }

    /** An admin starts a rebuild in the background; false when one is already running or the user is no admin. */
    public boolean start(Staff staff) {
        if (!staff.has(Role.ADMIN)) {
            return false;
        }
        if (!begin()) {
            return false;
        }
        transaction.executeWithoutResult(t -> audit.record(staff.username(), "SEARCH_REINDEXED", AuditTrail.SYSTEM,
                "atensi_case", "rebuild started"));
        background(this::rebuild);
        return true;
    }

    /** The command line, or start-up finding an empty index: rebuild now and wait for the end. */
    public Progress runNow() {
        if (!begin()) {
            throw new IllegalStateException("a rebuild of the search index is already running");
        }
        rebuild();
        return progress;
    }

    static void background(Runnable work) {
        Thread thread = new Thread(work, "serasi-reindex");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized boolean begin() {
        if (progress.running()) {
            return false;
        }
        done.set(0);
        total.set(0);
        progress = new Progress(true, 0, 0, Instant.now(), null, null);
        return true;
    }

    private void rebuild() {
        Instant started = progress.startedAt();
        try {
            Search.mapping(entityManagers).scope(AtensiCase.class).massIndexer()
                    .threadsToLoadObjects(LOAD_THREADS)
                    .batchSizeToLoadObjects(BATCH)
                    .monitor(new Monitor())
                    .startAndWait();
            progress = new Progress(false, done.get(), total.get(), started, Instant.now(), null);
            log.info("Search index rebuilt: {} cases", done.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress = new Progress(false, done.get(), total.get(), started, Instant.now(), "interrupted");
        } catch (RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
            progress = new Progress(false, done.get(), total.get(), started, Instant.now(),
                    e.getClass().getSimpleName());
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        private long lastLogged;

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            if (now - lastLogged >= 10_000) {
                lastLogged = now;
                log.info("Search index rebuild: {} of {} cases", now, total.get());
            }
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added to the index
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added to the index
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            // the caller records the end
        }
    }
}
