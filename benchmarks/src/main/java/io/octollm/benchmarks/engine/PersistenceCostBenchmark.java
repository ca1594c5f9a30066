package io.octollm.benchmarks.engine;

import io.octollm.benchmarks.engine.internal.EngineFixtures;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Pipeline;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Shape;
import io.octollm.core.OctoLlm;
import io.octollm.jdbc.JdbcStores;
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
 * The cost of durability: the engine running five-step DAG tasks (s1, then s2..s4 in parallel,
 * then s5; instant arms, orchestration only: no reflex chain, judge or output guardian) with its default in-memory task store ({@code store=memory})
 * against the JDBC task store on an embedded in-memory H2 database ({@code store=h2}), which
 * records the task on submission, marks it running and saves the result with its steps and
 * provenance. The difference between the two is what persisting one task costs the engine.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PersistenceCostBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PersistenceCostBenchmark {
    /** {@code memory} (default store) or {@code h2} (JDBC store on in-memory H2). */
    @Param({"memory", "h2"})
    public String store;

    private JdbcStores stores;
    private OctoLlm engine;

    /**
     * Opens the database when needed, builds the engine and checks that one task completes.
     *
     * @throws IllegalStateException when it does not
     */
    @Setup(Level.Trial)
    public void setUp() {
        switch (store) {
            case "memory" -> engine = EngineFixtures.engine(Shape.DAG5, Pipeline.BARE);
            case "h2" -> {
                stores = JdbcStores.builder().url("jdbc:h2:mem:persistence-cost;DB_CLOSE_DELAY=-1").user("sa")
                        .password("").poolSize(4).maxOverflow(4).migrate(true).build();
                engine = EngineFixtures.engine(Shape.DAG5, Pipeline.BARE, stores.taskStore());
            }
            default -> throw new IllegalArgumentException("store must be memory or h2, was " + store);
        }
        EngineFixtures.check(engine, Shape.DAG5);
    }

    /** Closes the engine, then the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
        if (stores != null) {
            stores.close();
            stores = null;
        }
    }

    /** @return the result of one task, one calling thread */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public TaskResult throughput1Thread() {
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
}
