package io.octollm.benchmarks.engine;

import io.octollm.benchmarks.engine.internal.EngineFixtures;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Pipeline;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Shape;
import io.octollm.core.OctoLlm;
import io.octollm.spi.task.TaskResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine overhead per task: the whole life of one task through the real {@link OctoLlm} engine
 * (contract, admission, task store, plan validation, routing, bulkheads, scheduling of ready
 * steps, provenance, integration, result) when every arm call returns at once, so all the time
 * measured is the engine's own.
 *
 * <p>Each invocation submits one task with a fresh id and waits for its result (a closed loop, one
 * task in flight per calling thread). Shapes ({@code shape}):
 * <ul>
 *   <li>{@code one}: a single step;</li>
 *   <li>{@code dag5}: five steps, s1 then s2, s3, s4 in parallel then s5;</li>
 *   <li>{@code seq5}: five steps one after another.</li>
 * </ul>
 * Pipelines ({@code pipeline}):
 * <ul>
 *   <li>{@code bare}: orchestration alone (no reflex chain, no output guardian, no judge);</li>
 *   <li>{@code full}: what an engine with the defaults runs around the plan: the reflex chain
 *       (validation, PII redaction, injection detection) before it, the rule judge and the output
 *       guardian after it; the response cache and per-user rate limits are off, since a closed
 *       loop of identical tasks would only measure cache hits or throttling.</li>
 * </ul>
 * Throughput methods report tasks/s, sample-time methods the latency distribution (p50, p99) in
 * µs; with instant arms, 1 / throughput on one thread is the overhead per task.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineOverheadBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EngineOverheadBenchmark {
    /** Plan shape: {@code one}, {@code dag5} or {@code seq5}. */
    @Param({"one", "dag5", "seq5"})
    public String shape;

    /** {@code bare} (orchestration only) or {@code full} (reflex chain, judge and guardian too). */
    @Param({"bare", "full"})
    public String pipeline;

    private OctoLlm engine;

    /**
     * Builds the engine and checks that one task runs all its steps.
     *
     * @throws IllegalStateException when it does not
     */
    @Setup(Level.Trial)
    public void setUp() {
        engine = EngineFixtures.engine(Shape.parse(shape), Pipeline.parse(pipeline));
        EngineFixtures.check(engine, Shape.parse(shape));
    }

    /**
     * Checks that tasks still run all their steps after the measurement, then closes the engine.
     *
     * @throws IllegalStateException when they do not
     */
    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            EngineFixtures.check(engine, Shape.parse(shape));
        } finally {
            engine.close();
        }
    }

    /** @return the result of one task, submitted from one calling thread */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public TaskResult throughput1Thread() {
        return EngineFixtures.runOne(engine);
    }

    /** @return the result of one task, with two threads submitting at once */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public TaskResult throughput2Threads() {
        return EngineFixtures.runOne(engine);
    }

    /** @return the result of one task; latency distribution, one calling thread */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public TaskResult latency1Thread() {
        return EngineFixtures.runOne(engine);
    }

    /** @return the result of one task; latency distribution, two calling threads */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public TaskResult latency2Threads() {
        return EngineFixtures.runOne(engine);
    }
}
