package io.octollm.core.schedule;

import java.util.concurrent.atomic.LongAdder;

/**
 * Call outcomes of one arm, for routing. The success rate starts from a prior of 10 successes in
 * 10 calls, so one early failure does not condemn an arm. Thread-safe.
 */
public final class ArmStats {
    private static final int PRIOR = 10;
    private final LongAdder calls = new LongAdder();
    private final LongAdder successes = new LongAdder();
    private volatile double meanNanos = Double.NaN;

    /** @param success whether the call succeeded */
    public void record(boolean success) {
        calls.increment();
        if (success) {
            successes.increment();
        }
    }

    /**
     * Records how long a call took, into an exponentially weighted mean (weight 0.1). Races between
     * threads may drop a sample, which a mean tolerates.
     *
     * @param nanos the call's duration
     */
    public void recordLatency(long nanos) {
        double m = meanNanos;
        meanNanos = Double.isNaN(m) ? nanos : m + 0.1 * (nanos - m);
    }

    /** @return the weighted mean call duration in nanoseconds, NaN before the first call */
    public double meanNanos() {
        return meanNanos;
    }

    /** @return (successes + 10) / (calls + 10) */
    public double successRate() {
        return (successes.sum() + PRIOR) / (double) (calls.sum() + PRIOR);
    }

    /** @return calls recorded */
    public long calls() {
        return calls.sum();
    }

    /** @return successes recorded */
    public long successes() {
        return successes.sum();
    }
}
