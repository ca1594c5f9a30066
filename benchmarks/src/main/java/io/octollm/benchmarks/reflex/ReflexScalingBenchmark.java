package io.octollm.benchmarks.reflex;

import io.octollm.reflex.ReflexChain;
import io.octollm.reflex.ReflexOutcome;
import io.octollm.reflex.ReflexRequest;
import io.octollm.reflex.internal.BenchPrompts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Average time of the full chain (cache miss) from 1 KB to 1 MB: the cost must grow linearly. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ReflexScalingBenchmark {
    @Param({"1024", "16384", "131072", "1048576"})
    public int size;

    private ReflexChain chain;
    private ReflexRequest request;

    @Setup
    public void setup() {
        chain = ReflexChain.builder().maxTextLength(2 << 20).build();
        request = ReflexRequest.of(BenchPrompts.prompts(1, size).get(0));
    }

    @Benchmark
    public ReflexOutcome chainMissBySize() {
        return chain.process(request);
    }
}
