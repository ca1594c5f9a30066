package io.octollm.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.metrics.MetricsRecorder;
import io.octollm.core.metrics.PerformanceBudgets;
import io.octollm.core.schedule.CircuitBreaker;
import io.octollm.core.schedule.RetryPolicy;
import io.octollm.core.testing.FakeArm;
import io.octollm.core.testing.FixedPlanner;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class EngineMetricsTest {

    @Test
    void metrics_recordTasksArmsRetriesAndPerformanceChecks() {
        FakeArm flaky = FakeArm.of("flaky", (r, n) -> n == 1
                ? ArmResult.failure(ArmError.of("BUSY", ErrorCategory.EXTERNAL, "busy")) : ArmResult.ok("ok"));
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(flaky)
                .retryPolicy(RetryPolicy.fixed(Duration.ofMillis(1)))
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "flaky"))).build()) {
            engine.run("one");
            engine.run("two");
            var m = engine.metrics();
            assertThat(m.counter("tasks{status=completed}")).isEqualTo(2);
            assertThat(m.counter("retries")).isEqualTo(1);
            assertThat(m.counter("arm.calls{arm=flaky,outcome=retried}")).isEqualTo(1);
            assertThat(m.counter("arm.calls{arm=flaky,outcome=success}")).isEqualTo(2);
            assertThat(m.histogram("task.simple").count()).isEqualTo(2);
            assertThat(m.histogram("arm.flaky").count()).isEqualTo(3);
            assertThat(m.histogram("plan").count()).isEqualTo(2);
            assertThat(m.histogram("judge").count()).isEqualTo(2);
            List<PerformanceBudgets.Check> checks = engine.performance();
            assertThat(checks).extracting(PerformanceBudgets.Check::component)
                    .contains("task.simple", "orchestrator.simple", "arm.flaky");
            assertThat(checks).allMatch(PerformanceBudgets.Check::withinBudget);
        }
    }

    @Test
    void hostRecorderThatThrows_neverFailsTasks_andStillReceivesCalls() {
        AtomicInteger calls = new AtomicInteger();
        MetricsRecorder bad = new MetricsRecorder() {
            @Override
            public void recordLatency(String component, long nanos) {
                calls.incrementAndGet();
                throw new IllegalStateException("broken exporter");
            }

            @Override
            public void increment(String counter, long amount, String... tags) {
                throw new IllegalStateException("broken exporter");
            }
        };
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a")).metrics(bad)
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "a"))).build()) {
            assertThat(engine.run("g").status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(calls.get()).isPositive();
        }
    }

    @Test
    void circuitBreaker_opensAfterConsecutiveFailures_thenRoutingFailsFastOrPicksAnotherArm() {
        FakeArm broken = new FakeArm("broken", Set.of("work"), Set.of(), 4,
                (r, n) -> ArmResult.failure(ArmError.of("DOWN", ErrorCategory.EXTERNAL, "down")));
        FakeArm backup = new FakeArm("backup", Set.of("work"), Set.of(), 4, (r, n) -> ArmResult.ok("backup did it"));
        List<String> transitions = new CopyOnWriteArrayList<>();
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(broken)
                .circuitBreaker(new CircuitBreaker.Config(3, Duration.ofMinutes(5), 1))
                .retryPolicy(RetryPolicy.fixed(Duration.ofMillis(1)))
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "work"))).build()) {
            TaskResult first = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxRetries(5)).build());
            assertThat(first.status()).isEqualTo(TaskStatus.FAILED);
            assertThat(broken.calls()).isEqualTo(3);
            assertThat(first.stopReason()).isEqualTo(StopReason.NO_ARM);
            assertThat(first.message()).contains("open circuit breaker");
            TaskResult second = engine.run("again");
            assertThat(second.stopReason()).isEqualTo(StopReason.NO_ARM);
            assertThat(broken.calls()).isEqualTo(3);
            assertThat(engine.metrics().counter("breaker.transitions{arm=broken,state=open}")).isEqualTo(1);
        }
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(broken).arm(backup)
                .circuitBreaker(new CircuitBreaker.Config(2, Duration.ofMinutes(5), 1))
                .retryPolicy(RetryPolicy.fixed(Duration.ofMillis(1)))
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "work"))).build()) {
            TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxRetries(5)).build());
            assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(r.output()).isEqualTo("backup did it");
            transitions.add(r.step("s1").armId());
            assertThat(transitions).containsExactly("backup");
        }
    }

    @Test
    void retryAfter_isHonoured() {
        FakeArm limited = FakeArm.of("limited", (r, n) -> n == 1
                ? ArmResult.failure(new ArmError("RATE", ErrorCategory.RATE_LIMIT, "slow down", true,
                        Duration.ofMillis(300)))
                : ArmResult.ok("ok"));
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(limited)
                .retryPolicy(RetryPolicy.fixed(Duration.ofMillis(1)))
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "limited"))).build()) {
            TaskResult r = engine.run("g");
            assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
            var first = r.provenance().get(0);
            var second = r.provenance().get(1);
            assertThat(Duration.between(first.startedAt().plus(first.duration()), second.startedAt()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
    }

    @Test
    void retryPolicy_delays_growExponentiallyWithinJitterAndCap() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        for (int i = 0; i < 200; i++) {
            assertThat(p.delay(1, null)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
            assertThat(p.delay(3, null)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(6000));
            assertThat(p.delay(20, null)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));
        }
        assertThat(RetryPolicy.fixed(Duration.ofMillis(1)).delay(1, Duration.ofSeconds(5))).isEqualTo(
                Duration.ofSeconds(5));
    }
}
