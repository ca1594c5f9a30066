package io.octollm.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void histogram_bucketsCoverEveryValueWithinFivePercent() {
        for (long v = 0; v < 2_000_000; v += 1 + v / 50) {
            int i = LatencyHistogram.index(v);
            long upper = LatencyHistogram.upperBoundMicros(i);
            assertThat(upper).as("upper bound of %d", v).isGreaterThanOrEqualTo(v);
            assertThat(upper - v).as("error at %d", v).isLessThanOrEqualTo(Math.max(1, v / 15));
            if (i > 0) {
                assertThat(LatencyHistogram.upperBoundMicros(i - 1)).isLessThan(v);
            }
        }
    }

    @Test
    void histogram_percentiles_matchUniformData() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 10_000; i++) {
            h.record(i * 1000L);
        }
        assertThat(h.count()).isEqualTo(10_000);
        assertThat(h.percentileMicros(0.5)).isBetween(5_000L, 5_250L);
        assertThat(h.percentileMicros(0.99)).isBetween(9_900L, 10_000L);
        assertThat(h.maxMicros()).isEqualTo(10_000);
        assertThat(h.meanMicros()).isEqualTo(5000.5);
    }

    @Test
    void inProcess_countersAndSnapshot() {
        InProcessMetrics m = new InProcessMetrics();
        m.increment("tasks", 1, "status", "completed");
        m.increment("tasks", 2, "status", "completed");
        m.increment("retries", 1);
        m.recordLatency("plan", 2_000_000);
        assertThat(m.counter("tasks{status=completed}")).isEqualTo(3);
        assertThat(m.counter("retries")).isEqualTo(1);
        assertThat(m.snapshot().latencies().get("plan").get("count")).isEqualTo(1);
    }

    @Test
    void budgets_flagViolations() {
        InProcessMetrics m = new InProcessMetrics();
        for (int i = 0; i < 100; i++) {
            m.recordLatency("task.simple", ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000));
            m.recordLatency("arm.slow", 20_000_000_000L);
        }
        List<PerformanceBudgets.Check> checks = PerformanceBudgets.defaults().check(m);
        assertThat(checks).filteredOn(c -> c.component().equals("task.simple")).allMatch(
                PerformanceBudgets.Check::withinBudget);
        assertThat(checks).filteredOn(c -> c.component().equals("arm.slow")).noneMatch(
                PerformanceBudgets.Check::withinBudget);
        assertThat(checks).noneMatch(c -> c.component().equals("reflex"));
    }
}
