package io.octollm.benchmarks.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.octollm.benchmarks.engine.internal.EngineFixtures;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Pipeline;
import io.octollm.benchmarks.engine.internal.EngineFixtures.Shape;
import io.octollm.core.OctoLlm;
import io.octollm.core.json.TaskJson;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import java.time.Duration;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON round trips of the task contracts through {@link TaskJson}: writing and reading a
 * {@link TaskContract} (goal, constraints, context, acceptance criteria, budget, ids, metadata)
 * and a {@link TaskResult} of a completed five-step DAG task as an engine with the default checks
 * produced it (plan, five step results, a provenance record per arm call including the judge's,
 * timings). Average time per operation in µs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonRoundTripBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonRoundTripBenchmark {
    private TaskContract contract;
    private String contractJson;
    private TaskResult result;
    private String resultJson;

    /**
     * Builds a full contract, runs one real task for a result, and checks both survive a round
     * trip unchanged.
     *
     * @throws IllegalStateException when a round trip changes the JSON
     */
    @Setup(Level.Trial)
    public void setUp() {
        contract = TaskContract.builder("Summarise the incident report and list the follow-up actions with owners")
                .constraint("answer in English")
                .constraint("at most 200 words")
                .acceptanceCriterion("every action has an owner")
                .acceptanceCriterion("no personal data in the answer")
                .context("report", "At 09:12 the payment service returned errors for 14 minutes after a deploy.")
                .context("team", "payments")
                .budget(Budget.DEFAULT.withMaxDuration(Duration.ofSeconds(30)))
                .priority(Priority.HIGH)
                .tenantId("acme")
                .userId("user-42")
                .deadline(Instant.parse("2026-11-28T21:00:00Z"))
                .metadata("source", "benchmark")
                .build();
        contractJson = TaskJson.write(contract);
        try (OctoLlm engine = EngineFixtures.engine(Shape.DAG5, Pipeline.FULL)) {
            result = EngineFixtures.check(engine, Shape.DAG5);
        }
        resultJson = TaskJson.write(result);
        requireStable(contractJson, TaskContract.class);
        requireStable(resultJson, TaskResult.class);
    }

    /** Maps (timings, data) have no fixed order, so the trees are compared, not the strings. */
    private static void requireStable(String json, Class<?> type) {
        String again = TaskJson.write(TaskJson.read(json, type));
        try {
            if (!TaskJson.mapper().readTree(again).equals(TaskJson.mapper().readTree(json))) {
                throw new IllegalStateException(type.getSimpleName() + " changed in a JSON round trip: " + json
                        + " became " + again);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("TaskJson wrote JSON it cannot parse: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the contract as JSON */
    @Benchmark
    public String contractToJson() {
        return TaskJson.write(contract);
    }

    /** @return the contract read from JSON */
    @Benchmark
    public TaskContract contractFromJson() {
        return TaskJson.read(contractJson, TaskContract.class);
    }

    /** @return the result as JSON */
    @Benchmark
    public String resultToJson() {
        return TaskJson.write(result);
    }

    /** @return the result read from JSON */
    @Benchmark
    public TaskResult resultFromJson() {
        return TaskJson.read(resultJson, TaskResult.class);
    }
}
