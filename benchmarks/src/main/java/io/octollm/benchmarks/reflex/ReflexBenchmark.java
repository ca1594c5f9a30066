package io.octollm.benchmarks.reflex;

import io.octollm.reflex.ReflexChain;
import io.octollm.reflex.ReflexOutcome;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.injection.InjectionDetector;
import io.octollm.reflex.internal.BenchPrompts;
import io.octollm.reflex.internal.baseline.RegexPiiBaseline;
import io.octollm.reflex.pii.PiiDetector;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread, realistic 1 KB prompts (16 distinct texts, rotated). {@code chainMiss}: the full
 * default chain (validate, rate limit, cache lookup that misses, PII + redaction, injection).
 * {@code chainHit}: the same chain after the answers were cached. {@code piiOurs} vs
 * {@code piiRegexBaseline}: the same PII types on the same inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class ReflexBenchmark {
    private List<String> prompts;
    private ReflexChain missChain;
    private ReflexChain hitChain;
    private int i;

    @Setup(Level.Trial)
    public void setup() {
        prompts = BenchPrompts.prompts(16, 1024);
        missChain = ReflexChain.defaults();
        hitChain = ReflexChain.builder().build();
        for (String p : prompts) {
            hitChain.cacheResponse(ReflexRequest.of(p), "cached answer for the benchmark", false);
        }
        if (!(hitChain.process(ReflexRequest.of(prompts.get(0))) instanceof ReflexOutcome.Cached)) {
            throw new IllegalStateException("hit chain does not hit");
        }
    }

    private String next() {
        i = (i + 1) & 15;
        return prompts.get(i);
    }

    @Benchmark
    public ReflexOutcome chainMiss() {
        return missChain.process(ReflexRequest.of(next()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ReflexOutcome chainMissLatency() {
        return missChain.process(ReflexRequest.of(next()));
    }

    @Benchmark
    public ReflexOutcome chainHit() {
        return hitChain.process(ReflexRequest.of(next()));
    }

    @Benchmark
    public Object piiOurs() {
        return PiiDetector.standard().detect(next());
    }

    @Benchmark
    public Object piiRegexBaseline() {
        return RegexPiiBaseline.detect(next());
    }

    @Benchmark
    public Object injectionOurs() {
        return InjectionDetector.standard().analyze(next());
    }
}
