package io.octollm.core.schedule;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A non-blocking concurrency limit: work beyond the limit waits in a FIFO queue instead of
 * blocking a thread, and starts when a permit is released. Thread-safe.
 */
public final class Bulkhead {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private final int limit;
    private int available;

    /** @param limit permits, at least 1 */
    public Bulkhead(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        this.limit = limit;
        this.available = limit;
    }

    /**
     * Runs {@code work} now on the calling thread if a permit is free, else queues it. The work
     * owns the permit and must lead to exactly one {@link #release()}.
     *
     * @param work what to run under a permit
     */
    public void submit(Runnable work) {
        lock.lock();
        boolean runNow;
        try {
            runNow = available > 0;
            if (runNow) {
                available--;
            } else {
                waiting.add(work);
            }
        } finally {
            lock.unlock();
        }
        if (runNow) {
            work.run();
        }
    }

    /** Returns a permit, handing it straight to the oldest waiting work if any. */
    public void release() {
        Runnable next;
        lock.lock();
        try {
            next = waiting.poll();
            if (next == null && available < limit) {
                available++;
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.run();
        }
    }

    /** @return permits free now */
    public int available() {
        lock.lock();
        try {
            return available;
        } finally {
            lock.unlock();
        }
    }

    /** @return work waiting for a permit */
    public int queued() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }
}
