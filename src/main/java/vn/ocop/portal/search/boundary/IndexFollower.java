package vn.ocop.portal.search.boundary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.portal.search.boundary.SearchChanges.Change;
import vn.ocop.portal.search.control.ChangeLogCursor;

/**
 * Brings this instance's index up to date with the change log every second: what another instance (or this one)
 * committed is searchable here within about a second, and an instance that was down catches up on its first poll from
 * the position its index recorded.
 */
@ApplicationScoped
public class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    static final long POLL_MILLIS = 1_000;
    private static final int BATCH = 5_000;
    private static final long RETENTION_MILLIS = 7L * 24 * 60 * 60 * 1000;
    private static final long PRUNE_EVERY_MILLIS = 60L * 60 * 1000;

    @Inject
    CatalogueIndex index;

    @Inject
    SearchChanges changes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ChangeLogCursor cursor;
    private long cursorGeneration;
    private long lastPrune;
    private ScheduledFuture<?> polling;

    /** Catches up at once, then polls every second. */
    public void start() {
        polling = scheduler.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Applies everything there is to apply; a failure is logged and the next poll starts again from the index. */
    synchronized void poll() {
        try {
            while (pollOnce()) {
                // a full batch: more rows are waiting
            }
            prune();
        } catch (RuntimeException e) {
            cursor = null;
            LOG.log(Level.WARNING, "Reading the search change log failed; retrying from the index's position", e);
        }
    }

    private boolean pollOnce() {
        long generation = index.generation();
        if (cursor == null || generation != cursorGeneration) {
            cursor = new ChangeLogCursor(index.position());
            cursorGeneration = generation;
        }
        List<Change> fresh = changes.after(cursor.highest(), BATCH);
        List<Change> late = changes.within(cursor.gaps());
        long now = System.currentTimeMillis();
        cursor.read(fresh.stream().map(Change::id).toList(), now);
        cursor.read(late.stream().map(Change::id).toList(), now);
        cursor.expire(now - CatalogueIndex.SETTLE_MILLIS);
        Set<Long> products = new LinkedHashSet<>();
        fresh.forEach(change -> products.add(change.productId()));
        late.forEach(change -> products.add(change.productId()));
        index.apply(products, cursor.position(), generation);
        return fresh.size() == BATCH;
    }

    private void prune() {
        long now = System.currentTimeMillis();
        if (now - lastPrune >= PRUNE_EVERY_MILLIS) {
            lastPrune = now;
            int pruned = changes.prune(now - RETENTION_MILLIS);
            if (pruned > 0) {
                LOG.info(() -> "Pruned " + pruned + " search change log rows older than 7 days");
            }
        }
    }
}
