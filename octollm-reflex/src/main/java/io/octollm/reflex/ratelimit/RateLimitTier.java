package io.octollm.reflex.ratelimit;

import java.util.Objects;

/**
 * A bucket shape: burst {@code capacity} and continuous {@code refillPerSecond}.
 *
 * @param name a label for messages
 * @param capacity burst size in cost units (requests or tokens), positive
 * @param refillPerSecond refill rate, positive
 */
public record RateLimitTier(String name, double capacity, double refillPerSecond) {
    /** 10 burst, 100 per hour. */
    public static final RateLimitTier FREE = new RateLimitTier("free", 10, 100.0 / 3600);
    /** 50 burst, 1,000 per hour. */
    public static final RateLimitTier BASIC = new RateLimitTier("basic", 50, 1_000.0 / 3600);
    /** 100 burst, 10,000 per hour. */
    public static final RateLimitTier PRO = new RateLimitTier("pro", 100, 10_000.0 / 3600);
    /** 500 burst, 100,000 per hour. */
    public static final RateLimitTier ENTERPRISE = new RateLimitTier("enterprise", 500, 100_000.0 / 3600);
    /** Never limits (the check is skipped). */
    public static final RateLimitTier UNLIMITED = new RateLimitTier("unlimited", Double.MAX_VALUE, Double.MAX_VALUE);

    /** @throws IllegalArgumentException for a non-positive capacity or rate */
    public RateLimitTier {
        Objects.requireNonNull(name, "name");
        if (!(capacity > 0) || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("capacity and refillPerSecond must be positive, were "
                    + capacity + " and " + refillPerSecond);
        }
    }

    /**
     * @param capacity burst, positive
     * @param perHour sustained rate per hour, positive
     * @return a custom tier
     */
    public static RateLimitTier custom(double capacity, double perHour) {
        return new RateLimitTier("custom", capacity, perHour / 3600);
    }

    /**
     * @param capacity burst, positive
     * @param perMinute sustained rate per minute, positive (e.g. tokens per minute)
     * @return a custom tier
     */
    public static RateLimitTier fromRpm(double capacity, double perMinute) {
        return new RateLimitTier("custom", capacity, perMinute / 60);
    }

    /** @return true for {@link #UNLIMITED} */
    public boolean unlimited() {
        return capacity == Double.MAX_VALUE;
    }
}
