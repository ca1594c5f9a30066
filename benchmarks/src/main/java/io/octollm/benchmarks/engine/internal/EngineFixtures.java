package io.octollm.benchmarks.engine.internal;

import io.octollm.core.OctoLlm;
import io.octollm.core.plan.Planner;
import io.octollm.reflex.ReflexChain;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.store.TaskStore;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Internal, may change. Builds engines for benchmarks: one {@linkplain #instantArm() arm that
 * answers at once}, a planner that always returns the same {@linkplain Shape plan}, nothing
 * discovered from the class path, and the {@linkplain Pipeline checks around the plan} switched
 * on or off. All methods are thread-safe; the engines they build are too.
 */
public final class EngineFixtures {
    /** Capability tag of the instant arm; every plan step asks for it. */
    public static final String CAPABILITY = "instant";
    /** The goal every benchmark task carries. */
    public static final String GOAL = "benchmark task: answer each step at once";

    private static final ArmCapability CAP = ArmCapability.of("instant", "answers every step at once",
            Set.of(CAPABILITY), Set.of(), 1, 100_000);
    private static final ArmResult ANSWER = ArmResult.ok("ok");

    private EngineFixtures() {
    }

    /** The plan shapes the engine benchmarks run; each step is one call of the instant arm. */
    public enum Shape {
        /** One step. */
        ONE,
        /** Five steps as a DAG: s1, then s2, s3 and s4 in parallel, then s5 after all three. */
        DAG5,
        /** Five steps one after another: s1 then s2 ... then s5. */
        SEQ5,
        /** Fan-out 4 + fan-in 1: p1..p4 in parallel, then s5 after all four. */
        FAN4;

        /**
         * @param name {@code one}, {@code dag5}, {@code seq5} or {@code fan4} (any case)
         * @return the shape
         * @throws IllegalArgumentException for another name
         */
        public static Shape parse(String name) {
            return valueOf(Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT));
        }

        /** @return the fixed plan of this shape */
        public Plan plan() {
            List<PlanStep> steps = switch (this) {
                case ONE -> List.of(step("s1"));
                case DAG5 -> List.of(step("s1"), step("s2", "s1"), step("s3", "s1"), step("s4", "s1"),
                        step("s5", "s2", "s3", "s4"));
                case SEQ5 -> List.of(step("s1"), step("s2", "s1"), step("s3", "s2"), step("s4", "s3"),
                        step("s5", "s4"));
                case FAN4 -> List.of(step("p1"), step("p2"), step("p3"), step("p4"),
                        step("s5", "p1", "p2", "p3", "p4"));
            };
            return new Plan(steps, "benchmark shape " + name().toLowerCase(Locale.ROOT), "benchmark");
        }

        /** @return the number of arm calls one task of this shape makes */
        public int stepCount() {
            return this == ONE ? 1 : 5;
        }

        private static PlanStep step(String id, String... dependsOn) {
            return PlanStep.of(id, "step " + id, CAPABILITY, dependsOn);
        }
    }

    /** What runs around the plan's steps. */
    public enum Pipeline {
        /**
         * Orchestration only: no reflex chain, no output guardian, no judge. The same work a
         * workflow library does, so comparisons with one are like for like.
         */
        BARE,
        /**
         * What an engine built with the defaults runs: the default reflex chain (validation, PII
         * redaction, prompt-injection detection) before the plan, the rule judge and the output
         * guardian after it. Two defaults are left out because a closed loop of identical tasks
         * would measure them wrongly: the response cache (every task after the first would be a
         * cache hit) and the per-user rate limits (the loop would be throttled).
         */
        FULL;

        /**
         * @param name {@code bare} or {@code full} (any case)
         * @return the pipeline
         * @throws IllegalArgumentException for another name
         */
        public static Pipeline parse(String name) {
            return valueOf(Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT));
        }
    }

    /** @return an arm that returns the same successful result at once, whatever it is asked */
    public static Arm instantArm() {
        return new InstantArm();
    }

    /**
     * @param plan the plan returned for every task
     * @return a planner that ignores the task and returns {@code plan}
     */
    public static Planner fixedPlanner(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return new Planner() {
            @Override
            public String name() {
                return "benchmark";
            }

            @Override
            public Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback) {
                return plan;
            }
        };
    }

    /**
     * An engine with the instant arm and a fixed planner; the default (in-memory) task store.
     *
     * @param shape plan every task runs
     * @param pipeline what runs around the plan
     * @return the engine; close it
     */
    public static OctoLlm engine(Shape shape, Pipeline pipeline) {
        return builder(shape, pipeline).build();
    }

    /**
     * @param shape plan every task runs
     * @param pipeline what runs around the plan
     * @param store where the engine records tasks and results
     * @return the engine; close it (the store is not closed with it)
     */
    public static OctoLlm engine(Shape shape, Pipeline pipeline, TaskStore store) {
        return builder(shape, pipeline).taskStore(Objects.requireNonNull(store, "store")).build();
    }

    private static OctoLlm.Builder builder(Shape shape, Pipeline pipeline) {
        OctoLlm.Builder b = OctoLlm.builder().discoverArms(false).arm(instantArm()).planner(fixedPlanner(shape.plan()));
        return switch (Objects.requireNonNull(pipeline, "pipeline")) {
            case BARE -> b.noReflex().noOutputGuardian().defaultJudge(false);
            case FULL -> b.reflex(ReflexChain.builder().caching(false).rateLimiting(false).build()).defaultJudge(true);
        };
    }

    /**
     * Runs one task with a fresh id and waits for it.
     *
     * @param engine the engine
     * @return its result
     */
    public static TaskResult runOne(OctoLlm engine) {
        return engine.submit(TaskContract.builder(GOAL).build()).join();
    }

    /**
     * Runs one task and checks that it completed with one result per step, so a benchmark never
     * measures a failing path or a cached answer.
     *
     * @param engine the engine
     * @param shape the shape it was built with
     * @return the result
     * @throws IllegalStateException when the task did not complete as expected
     */
    public static TaskResult check(OctoLlm engine, Shape shape) {
        TaskResult r = runOne(engine);
        if (r.status() != TaskStatus.COMPLETED || r.steps().size() != shape.stepCount()
                || r.provenance().stream().filter(p -> p.armId().equals(CAP.armId())).count() != shape.stepCount()) {
            throw new IllegalStateException("benchmark task did not complete: status " + r.status() + ", "
                    + r.steps().size() + " of " + shape.stepCount() + " steps, message '" + r.message() + "'");
        }
        return r;
    }

    private static final class InstantArm implements Arm {
        @Override
        public ArmCapability capability() {
            return CAP;
        }

        @Override
        public ArmResult execute(ArmRequest request, ArmContext context) {
            return ANSWER;
        }
    }
}
