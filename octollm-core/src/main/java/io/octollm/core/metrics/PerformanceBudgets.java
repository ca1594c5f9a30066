package io.octollm.core.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Latency targets per component and a check of measured percentiles against them. The defaults
 * are the project's targets: reflex 5/10/20 ms (P50/P95/P99), orchestrator simple 100/500/1000 ms,
 * complex 500/2000/5000 ms, arms 1/3/10 s, end-to-end simple 1/3/10 s, complex 5/15/30 s.
 * Immutable and thread-safe.
 */
public final class PerformanceBudgets {
    /**
     * One component's targets.
     *
     * @param p50 target for the median
     * @param p95 target for P95
     * @param p99 target for P99
     */
    public record Target(Duration p50, Duration p95, Duration p99) {
        /** Requires all three. */
        public Target {
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p95, "p95");
            Objects.requireNonNull(p99, "p99");
        }

        static Target ms(long p50, long p95, long p99) {
            return new Target(Duration.ofMillis(p50), Duration.ofMillis(p95), Duration.ofMillis(p99));
        }
    }

    /**
     * One percentile of one component against its target.
     *
     * @param component component
     * @param percentile "p50", "p95" or "p99"
     * @param measuredMicros the measured value
     * @param targetMicros the target
     * @param samples how many values the percentile is based on
     * @param withinBudget measured below target
     */
    public record Check(String component, String percentile, long measuredMicros, long targetMicros, long samples,
            boolean withinBudget) {
    }

    private final Map<String, Target> targets;

    private PerformanceBudgets(Map<String, Target> targets) {
        this.targets = Map.copyOf(targets);
    }

    /** @return the project's default targets, keyed by recorder component name */
    public static PerformanceBudgets defaults() {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("reflex", Target.ms(5, 10, 20));
        t.put("orchestrator.simple", Target.ms(100, 500, 1_000));
        t.put("orchestrator.complex", Target.ms(500, 2_000, 5_000));
        t.put("arm", Target.ms(1_000, 3_000, 10_000));
        t.put("task.simple", Target.ms(1_000, 3_000, 10_000));
        t.put("task.complex", Target.ms(5_000, 15_000, 30_000));
        return new PerformanceBudgets(t);
    }

    /**
     * @param component component name
     * @param target its targets
     * @return a copy with that target set
     */
    public PerformanceBudgets with(String component, Target target) {
        Map<String, Target> t = new LinkedHashMap<>(targets);
        t.put(Objects.requireNonNull(component, "component"), Objects.requireNonNull(target, "target"));
        return new PerformanceBudgets(t);
    }

    /** @return targets by component */
    public Map<String, Target> targets() {
        return targets;
    }

    /**
     * Compares what {@code metrics} measured with the targets. Component "arm" is checked against
     * every {@code arm.<id>} histogram; components without samples are left out.
     *
     * @param metrics the recorder
     * @return one check per component and percentile
     */
    public List<Check> check(InProcessMetrics metrics) {
        List<Check> out = new ArrayList<>();
        for (Map.Entry<String, Target> e : targets.entrySet()) {
            String c = e.getKey();
            if (c.equals("arm")) {
                metrics.snapshot().latencies().keySet().stream().filter(k -> k.startsWith("arm.")).sorted()
                        .forEach(k -> add(out, k, metrics.histogram(k), e.getValue()));
            } else {
                add(out, c, metrics.histogram(c), e.getValue());
            }
        }
        return out;
    }

    private static void add(List<Check> out, String component, LatencyHistogram h, Target t) {
        if (h == null || h.count() == 0) {
            return;
        }
        out.add(check(component, "p50", h.percentileMicros(0.50), t.p50(), h.count()));
        out.add(check(component, "p95", h.percentileMicros(0.95), t.p95(), h.count()));
        out.add(check(component, "p99", h.percentileMicros(0.99), t.p99(), h.count()));
    }

    private static Check check(String component, String p, long measured, Duration target, long n) {
        long t = target.toNanos() / 1000;
        return new Check(component, p, measured, t, n, measured < t);
    }
}
