package io.octollm.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<String> transitions = new CopyOnWriteArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker("arm", CircuitBreaker.Config.DEFAULT, clock,
            (name, state) -> transitions.add(state.name()));

    @Test
    void opensAfterFiveConsecutiveFailures_notAfterInterruptedRuns() {
        for (int i = 0; i < 4; i++) {
            breaker.onFailure();
        }
        breaker.onSuccess();
        for (int i = 0; i < 4; i++) {
            breaker.onFailure();
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allowsCall()).isFalse();
    }

    @Test
    void halfOpenAfter60Seconds_closesAfterThreeSuccesses() {
        for (int i = 0; i < 5; i++) {
            breaker.onFailure();
        }
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.allowsCall()).isTrue();
        breaker.onSuccess();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(transitions).containsExactly("OPEN", "CLOSED");
    }

    @Test
    void failureWhileHalfOpen_reopensForAnotherFullPeriod() {
        for (int i = 0; i < 5; i++) {
            breaker.onFailure();
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void bulkhead_queuesBeyondTheLimit_andHandsPermitsOver() {
        Bulkhead b = new Bulkhead(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        b.submit(() -> ran.add("first"));
        b.submit(() -> ran.add("second"));
        assertThat(ran).containsExactly("first");
        assertThat(b.queued()).isEqualTo(1);
        b.release();
        assertThat(ran).containsExactly("first", "second");
        b.release();
        assertThat(b.available()).isEqualTo(1);
    }

    @Test
    void router_prefersHealthyCheapArm_andSkipsOpenBreakers() {
        var cheap = io.octollm.core.testing.FakeArm.echo("x");
        var catalog = io.octollm.core.discovery.ArmCatalog.build(List.of(
                new io.octollm.core.testing.FakeArm("a1", java.util.Set.of("work"), java.util.Set.of(), 1,
                        (r, n) -> io.octollm.spi.arm.ArmResult.ok("a1")),
                new io.octollm.core.testing.FakeArm("a2", java.util.Set.of("work"), java.util.Set.of(), 1,
                        (r, n) -> io.octollm.spi.arm.ArmResult.ok("a2")), cheap), List.of(),
                io.octollm.spi.arm.ArmConfig.EMPTY);
        Router router = new Router(catalog, CircuitBreaker.Config.DEFAULT, clock, null);
        var step = io.octollm.spi.task.PlanStep.of("s", "do", "work");
        assertThat(router.route(step).capability().armId()).isEqualTo("a1");
        for (int i = 0; i < 3; i++) {
            router.record("a1", false, false);
        }
        assertThat(router.route(step).capability().armId()).isEqualTo("a2");
        for (int i = 0; i < 5; i++) {
            router.record("a2", false, true);
        }
        assertThat(router.breaker("a2").state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(router.route(step).capability().armId()).isEqualTo("a1");
    }
}
