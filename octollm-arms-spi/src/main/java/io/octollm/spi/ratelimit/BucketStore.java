package io.octollm.spi.ratelimit;

/**
 * Holds token buckets and applies one check atomically per bucket: refill continuously at
 * {@code refillPerSecond} up to {@code capacity}, then take {@code cost} if that many tokens are
 * there. A bucket never seen is full. Implementations are thread-safe and, for shared stores,
 * correct across processes. Failures are {@link io.octollm.spi.StoreException}s; the caller
 * decides whether to fail open or closed.
 */
public interface BucketStore {
    /** @return a short name ({@code memory}, {@code jdbc}) */
    String name();

    /**
     * @param key bucket key (e.g. {@code user:alice})
     * @param capacity maximum tokens, positive
     * @param refillPerSecond refill rate, positive
     * @param cost tokens to take, non-negative
     * @param nowMillis the current time in epoch milliseconds
     * @return the decision
     */
    BucketDecision tryConsume(String key, double capacity, double refillPerSecond, double cost, long nowMillis);
}
