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

    /** @param success whether the call succeeded */
    public void record(boolean success) {
        calls.increment();
        if (success) {
            successes.increment();
        }
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
