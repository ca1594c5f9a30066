package io.octollm.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coarse deadlines for the hot path: registering and cancelling is a set insert/remove (no timer
 * queue, no thread wake-up per call); a sweeper checks every {@code tickMillis} and fires what is
 * due. Precision is one tick, which is plenty for arm timeouts and task budgets. Thread-safe.
 */
final class Deadlines {
    private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);

    /** Something with a deadline. */
    static final class Entry {
        final long dueNanos;
        final Runnable action;

        Entry(long dueNanos, Runnable action) {
            this.dueNanos = dueNanos;
            this.action = action;
        }
    }

    private final Set<Entry> entries = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> sweeper;

    Deadlines(ScheduledExecutorService timer, long tickMillis) {
        this.timer = timer;
        this.sweeper = timer.scheduleAtFixedRate(this::sweep, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * @param delayNanos from now
     * @param action what to run when due (on the sweeper thread; must be quick and not throw)
     * @return a handle for {@link #cancel}
     */
    Entry register(long delayNanos, Runnable action) {
        Entry e = new Entry(System.nanoTime() + delayNanos, action);
        entries.add(e);
        return e;
    }

    void cancel(Entry e) {
        if (e != null) {
            entries.remove(e);
        }
    }

    private void sweep() {
        if (entries.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (Entry e : entries) {
            if (now - e.dueNanos >= 0 && entries.remove(e)) {
                try {
                    e.action.run();
                } catch (RuntimeException ex) {
                    LOG.error("deadline action failed", ex);
                }
            }
        }
    }

    void close() {
        sweeper.cancel(false);
        entries.clear();
        timer.shutdownNow();
    }
}
