package io.octollm.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Bridges the engine's measurements to a Micrometer {@link MeterRegistry}. Micrometer is an
 * optional dependency: this class is loaded only when the host creates it.
 *
 * <p>Names: latencies become timers {@code octollm.<component>.duration} with P50/P95/P99
 * published (arm timers are {@code octollm.arm.duration} tagged {@code arm}); counters become
 * {@code octollm.<name>}; token counts also feed the OpenTelemetry GenAI name
 * {@code gen_ai.client.token.usage} tagged {@code gen_ai.token.type}. Thread-safe.
 */
public final class MicrometerMetrics implements MetricsRecorder {
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    /** @param registry where meters are registered */
    public MicrometerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void recordLatency(String component, long nanos) {
        timers.computeIfAbsent(component, c -> {
            Timer.Builder b;
            if (c.startsWith("arm.")) {
                b = Timer.builder("octollm.arm.duration").tag("arm", c.substring(4));
            } else {
                b = Timer.builder("octollm." + c + ".duration");
            }
            return b.publishPercentiles(0.5, 0.95, 0.99).minimumExpectedValue(Duration.ofNanos(1000))
                    .register(registry);
        }).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void increment(String counter, long amount, String... tags) {
        String key = counter + String.join("|", tags);
        counters.computeIfAbsent(key, k -> {
            if (counter.equals("tokens") && tags.length == 2) {
                return Counter.builder("gen_ai.client.token.usage").tag("gen_ai.token.type", tags[1])
                        .register(registry);
            }
            return Counter.builder("octollm." + counter).tags(tags).register(registry);
        }).increment(amount);
    }
}
