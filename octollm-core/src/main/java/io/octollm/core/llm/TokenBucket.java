package io.octollm.core.llm;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A reserving token bucket: {@link #reserve} always takes the tokens, letting the balance go
 * negative, and answers how long the caller must wait until the debt is repaid. This keeps callers
 * in arrival order without polling. Thread-safe (one lock per bucket).
 *
 * <p>The reflex module has its own bucket for request admission; the two could share one
 * implementation once both are settled.
 */
final class TokenBucket {
    private final double capacity;
    private final double refillPerMilli;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private double tokens;
    private long lastMillis;

    /**
     * @param perMinute burst size and the amount refilled per minute, {@code > 0}
     * @param clock time source
     */
    TokenBucket(long perMinute, Clock clock) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("perMinute must be > 0, was " + perMinute);
        }
        this.capacity = perMinute;
        this.refillPerMilli = perMinute / 60_000.0;
        this.clock = clock;
        this.tokens = perMinute;
        this.lastMillis = clock.millis();
    }

    /**
     * Takes {@code amount} tokens now.
     *
     * @param amount tokens, {@code >= 0}
     * @return milliseconds to wait before using them (0 when they were available)
     */
    long reserve(long amount) {
        lock.lock();
        try {
            refill();
            tokens -= Math.min(amount, (long) capacity);
            return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * 60_000.0 / capacity);
        } finally {
            lock.unlock();
        }
    }

    /** @param amount tokens to give back (a reservation that was not used, or an overestimate) */
    void refund(long amount) {
        lock.lock();
        try {
            refill();
            tokens = Math.min(capacity, tokens + Math.min(amount, (long) capacity));
        } finally {
            lock.unlock();
        }
    }

    /** @param amount extra tokens used beyond the reservation; may push the balance negative */
    void charge(long amount) {
        lock.lock();
        try {
            refill();
            tokens -= amount;
        } finally {
            lock.unlock();
        }
    }

    private void refill() {
        long now = clock.millis();
        long elapsed = now - lastMillis;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * refillPerMilli);
            lastMillis = now;
        }
    }
}
