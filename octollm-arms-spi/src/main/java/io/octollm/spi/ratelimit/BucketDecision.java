package io.octollm.spi.ratelimit;

/**
 * The answer of one token-bucket check.
 *
 * @param allowed whether the cost was taken
 * @param remaining tokens left after the check (fractional)
 * @param retryAfterMillis when denied: milliseconds until enough tokens will be there; 0 when allowed
 */
public record BucketDecision(boolean allowed, double remaining, long retryAfterMillis) {
    /** Validates non-negative figures. */
    public BucketDecision {
        if (retryAfterMillis < 0) {
            throw new IllegalArgumentException("retryAfterMillis must be >= 0, was " + retryAfterMillis);
        }
    }
}
