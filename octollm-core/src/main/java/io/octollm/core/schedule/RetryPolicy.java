package io.octollm.core.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter for retryable errors: the delay before retry {@code n} (1-based)
 * is {@code min(cap, base * multiplier^(n-1)) * U(jitterMin, jitterMax)}, and never shorter than
 * an error's retry-after. Immutable and thread-safe.
 *
 * @param base delay before the first retry
 * @param multiplier growth factor, at least 1
 * @param cap longest delay
 * @param jitterMin lower jitter factor, 0..1
 * @param jitterMax upper jitter factor, at least jitterMin
 */
public record RetryPolicy(Duration base, double multiplier, Duration cap, double jitterMin, double jitterMax) {
    /** 1 s base, ×2, 60 s cap, jitter 0.5–1.5 (the reference design). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), 0.5, 1.5);

    /** Validates ranges. */
    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || cap.isNegative()) {
            throw new IllegalArgumentException("base and cap must not be negative");
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
        }
        if (!(jitterMin >= 0 && jitterMin <= 1 && jitterMax >= jitterMin)) {
            throw new IllegalArgumentException("need 0 <= jitterMin <= 1 and jitterMax >= jitterMin");
        }
    }

    /**
     * @param base delay before the first retry
     * @return a policy with that base and no jitter, for tests and predictable callers
     */
    public static RetryPolicy fixed(Duration base) {
        return new RetryPolicy(base, 1.0, base, 1.0, 1.0);
    }

    /**
     * @param retry 1 for the first retry
     * @param retryAfter the error's retry-after, or null
     * @return how long to wait
     */
    public Duration delay(int retry, Duration retryAfter) {
        double nanos = base.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
        nanos = Math.min(nanos, cap.toNanos());
        double jitter = jitterMin == jitterMax ? jitterMin
                : jitterMin + ThreadLocalRandom.current().nextDouble() * (jitterMax - jitterMin);
        Duration d = Duration.ofNanos((long) (nanos * jitter));
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter;
        }
        return d;
    }
}
