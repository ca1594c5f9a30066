package io.octollm.core.metrics;

/**
 * Receives the engine's measurements. Implementations must be thread-safe and fast (they are
 * called on the hot path) and must not throw; the engine guards them anyway.
 *
 * <p>Components: {@code task.simple}, {@code task.complex} (whole tasks; simple = one step),
 * {@code plan}, {@code judge}, {@code arm.<id>}, {@code reflex}. Counters: {@code tasks} with tag
 * status, {@code arm.calls} with tags arm and outcome, {@code retries}, {@code breaker.transitions}
 * with arm and state, {@code cache.hits}, {@code cache.misses}, {@code tokens} with kind
 * (prompt/completion).
 */
public interface MetricsRecorder {
    /** A recorder that drops everything. */
    MetricsRecorder NOOP = new MetricsRecorder() {
        @Override
        public void recordLatency(String component, long nanos) {
        }

        @Override
        public void increment(String counter, long amount, String... tags) {
        }
    };

    /**
     * @param component what was timed
     * @param nanos how long it took
     */
    void recordLatency(String component, long nanos);

    /**
     * @param counter counter name
     * @param amount how much to add
     * @param tags alternating tag names and values
     */
    void increment(String counter, long amount, String... tags);
}
