package io.octollm.benchmarks.baseline.langchain4j;

import dev.langchain4j.agentic.UntypedAgent;
import io.octollm.benchmarks.engine.internal.EngineFixtures;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Pipeline;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Shape;
import io.octollm.core.OctoLlm;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * Orchestration overhead of the OctoLLM engine against LangChain4j's agentic workflows
 * ({@code langchain4j-agentic} 1.19.0-beta29) on the same shapes of work, in the same run and with
 * the same JMH settings. Every model or arm call answers at once, so only framework time is
 * measured.
 *
 * <ul>
 *   <li>{@code shape=seq5}: five steps one after another. LangChain4j: a sequence workflow of five
 *       {@code @Agent}s, each reading the previous one's output. OctoLLM: a five-step chain plan.</li>
 *   <li>{@code shape=fan4}: four steps in parallel, then one step that needs all four. LangChain4j:
 *       a parallel workflow of four agents followed by a joining agent (default executor). OctoLLM:
 *       four independent steps and one depending on them.</li>
 * </ul>
 * {@code framework} picks the side: {@code octollm} (engine with the instant arm, a fixed plan,
 * orchestration only: no reflex chain, judge or output guardian, which LangChain4j does not have
 * either; the default in-memory task store) or {@code langchain4j} (agents on a chat model that
 * returns a fixed {@code AiMessage}) or {@code floor} (plain {@code CompletableFuture} composition of
 * instant steps, the floor under both; see {@link CompletableFutureFloor}). Each invocation runs one whole task and waits for its
 * answer. Throughput methods give tasks/s with one and two calling threads; the sample-time
 * method gives p50/p99 in µs. {@link io.octollm.benchmarks.engine.Summary} prints the ratios.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineVsLangChain4j}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EngineVsLangChain4jBenchmark {
    /** {@code octollm}, {@code langchain4j}, or {@code floor} (plain {@code CompletableFuture}). */
    @Param({"octollm", "langchain4j", "floor"})
    public String framework;

    /** {@code seq5} (sequence of 5) or {@code fan4} (fan-out 4 + fan-in 1). */
    @Param({"seq5", "fan4"})
    public String shape;

    private OctoLlm engine;
    private Supplier<Object> task;

    /**
     * Builds the chosen side and checks that one task gives the expected answer.
     *
     * @throws IllegalArgumentException for an unknown framework or shape
     * @throws IllegalStateException when a task does not complete as expected
     */
    @Setup(Level.Trial)
    public void setUp() {
        Shape s = Shape.parse(shape);
        if (s != Shape.SEQ5 && s != Shape.FAN4) {
            throw new IllegalArgumentException("shape must be seq5 or fan4, was " + shape);
        }
        switch (framework) {
            case "octollm" -> {
                OctoLlm e = EngineFixtures.engine(s, Pipeline.BARE);
                engine = e;
                EngineFixtures.check(e, s);
                task = () -> EngineFixtures.runOne(e);
            }
            case "langchain4j" -> {
                LangChain4jWorkflows.InstantChatModel model = new LangChain4jWorkflows.InstantChatModel();
                UntypedAgent agent = s == Shape.SEQ5 ? LangChain4jWorkflows.sequence5(model)
                        : LangChain4jWorkflows.fanOut4(model);
                Map<String, Object> input = LangChain4jWorkflows.input();
                Object answer = agent.invoke(input);
                if (!LangChain4jWorkflows.ANSWER.equals(answer)) {
                    throw new IllegalStateException("LangChain4j " + shape + " answered '" + answer + "'");
                }
                task = () -> agent.invoke(input);
            }
            case "floor" -> {
                task = s == Shape.SEQ5 ? CompletableFutureFloor.sequence5() : CompletableFutureFloor.fanOut4();
                Object answer = task.get();
                if (!(answer instanceof String) || ((String) answer).isEmpty()) {
                    throw new IllegalStateException("floor " + shape + " answered '" + answer + "'");
                }
            }
            default -> throw new IllegalArgumentException("framework must be octollm, langchain4j or floor, was "
                    + framework);
        }
    }

    /**
     * Checks that engine tasks still run all their steps after the measurement, then closes the
     * engine, when one was built.
     *
     * @throws IllegalStateException when they do not
     */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (engine != null) {
            try {
                EngineFixtures.check(engine, Shape.parse(shape));
            } finally {
                engine.close();
                engine = null;
            }
        }
    }

    /** @return the answer of one task, one calling thread */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Object throughput1Thread() {
        return task.get();
    }

    /** @return the answer of one task, two calling threads */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Object throughput2Threads() {
        return task.get();
    }

    /** @return the answer of one task; latency distribution, one calling thread */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public Object latency1Thread() {
        return task.get();
    }
}
