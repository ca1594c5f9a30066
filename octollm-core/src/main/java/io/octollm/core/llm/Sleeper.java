package io.octollm.core.llm;

import java.time.Duration;

/**
 * Waits for a duration. The client sleeps through this seam between retries and while a local
 * rate limit refills, so tests can record the delays instead of waiting them out.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps with {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        }
    };

    /**
     * @param duration how long to wait, never negative
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
