package io.octollm.reflex.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer of {@link RateLimiter#check}.
 *
 * @param allowed whether every dimension allowed the request
 * @param dimension the dimension that denied ({@code user}, {@code tenant}, {@code global}),
 *     {@code store-unavailable} when the store failed and the limiter fails closed, or empty when allowed
 * @param retryAfter exact time until the denying bucket has enough tokens; zero when allowed
 * @param impossible true when the cost exceeds the denying bucket's capacity, so waiting never helps
 */
public record RateLimitDecision(boolean allowed, String dimension, Duration retryAfter, boolean impossible) {
    /** Allowed, no dimension. */
    public static final RateLimitDecision ALLOWED = new RateLimitDecision(true, "", Duration.ZERO, false);

    /** Requires non-null fields. */
    public RateLimitDecision {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }
}
