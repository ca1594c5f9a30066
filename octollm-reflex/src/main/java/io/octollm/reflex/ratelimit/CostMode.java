package io.octollm.reflex.ratelimit;

/** What one request costs. */
public enum CostMode {
    /** Every request costs 1 (requests per period). */
    REQUESTS,
    /** A request costs its estimated tokens, or 1 when unknown (tokens per period, TPM limits). */
    TOKENS
}
