package io.octollm.reflex.cache;

/**
 * A snapshot of cache counters since the cache was built.
 *
 * @param hits lookups answered (L1 or L2)
 * @param l2Hits of those, answered by L2 and promoted to L1
 * @param misses lookups not answered
 * @param puts entries written
 * @param evictions L1 entries evicted for size or expiry
 * @param l2Errors L2 failures (each treated as a miss or a skipped write)
 * @param size estimated L1 entries
 */
public record CacheStats(long hits, long l2Hits, long misses, long puts, long evictions, long l2Errors, long size) {
    /** @return hits / (hits + misses), or 0 when nothing was looked up */
    public double hitRate() {
        long total = hits + misses;
        return total == 0 ? 0.0 : (double) hits / total;
    }
}
