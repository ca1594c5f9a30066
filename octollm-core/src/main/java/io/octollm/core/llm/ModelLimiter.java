package io.octollm.core.llm;

import java.time.Clock;

/**
 * Request- and token-per-minute buckets for one model; either may be absent (unlimited).
 * Thread-safe.
 */
final class ModelLimiter {
    private final TokenBucket requests;
    private final TokenBucket tokens;

    ModelLimiter(long requestsPerMinute, long tokensPerMinute, Clock clock) {
        this.requests = requestsPerMinute > 0 ? new TokenBucket(requestsPerMinute, clock) : null;
        this.tokens = tokensPerMinute > 0 ? new TokenBucket(tokensPerMinute, clock) : null;
    }

    /**
     * Reserves one request and {@code tokenEstimate} tokens.
     *
     * @return milliseconds to wait before sending
     */
    long reserve(long tokenEstimate) {
        long wait = 0;
        if (requests != null) {
            wait = requests.reserve(1);
        }
        if (tokens != null) {
            wait = Math.max(wait, tokens.reserve(tokenEstimate));
        }
        return wait;
    }

    /** Gives a reservation back (the caller will not send). */
    void cancel(long tokenEstimate) {
        if (requests != null) {
            requests.refund(1);
        }
        if (tokens != null) {
            tokens.refund(tokenEstimate);
        }
    }

    /** Corrects the token reservation with what the server reported. */
    void settle(long reserved, long actual) {
        if (tokens == null || actual == reserved) {
            return;
        }
        if (actual > reserved) {
            tokens.charge(actual - reserved);
        } else {
            tokens.refund(reserved - actual);
        }
    }
}
