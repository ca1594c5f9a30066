package io.octollm.core.llm;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fair semaphore usable without blocking: {@link #acquireAsync()} returns a future completed when
 * a permit is granted, {@link #acquire()} blocks. Thread-safe.
 */
final class Permits {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private int available;

    Permits(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1, was " + permits);
        }
        this.available = permits;
    }

    CompletableFuture<Void> acquireAsync() {
        lock.lock();
        try {
            if (available > 0 && waiters.isEmpty()) {
                available--;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> waiter = new CompletableFuture<>();
            waiters.add(waiter);
            return waiter;
        } finally {
            lock.unlock();
        }
    }

    /** @throws InterruptedException when interrupted while waiting; no permit is then held */
    void acquire() throws InterruptedException {
        CompletableFuture<Void> permit = acquireAsync();
        try {
            permit.get();
        } catch (InterruptedException e) {
            if (!permit.cancel(false)) {
                release(); // granted while we were being interrupted
            }
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("permit future failed", e);
        }
    }

    void release() {
        while (true) {
            CompletableFuture<Void> next;
            lock.lock();
            try {
                next = waiters.poll();
                if (next == null) {
                    available++;
                    return;
                }
            } finally {
                lock.unlock();
            }
            if (next.complete(null)) {
                return; // permit handed over directly
            }
            // the waiter was cancelled: offer the permit to the next one
        }
    }
}
