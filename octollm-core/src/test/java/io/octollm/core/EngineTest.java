package io.octollm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.core.schedule.RetryPolicy;
import io.octollm.core.testing.FakeArm;
import io.octollm.core.testing.FixedPlanner;
import io.octollm.core.testing.RecordingListener;
import io.octollm.spi.Usage;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepStatus;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class EngineTest {
    private OctoLlm engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private OctoLlm.Builder base() {
        return OctoLlm.builder().discoverArms(false).retryPolicy(RetryPolicy.fixed(Duration.ofMillis(5)));
    }

    @Test
    void run_dependentSteps_runInOrderAndReceiveDependencyOutputs() {
        FakeArm a = FakeArm.echo("a");
        FakeArm b = FakeArm.echo("b");
        engine = base().arm(a).arm(b).planner(FixedPlanner.of(PlanStep.of("s1", "first", "a"),
                PlanStep.of("s2", "second", "b", "s1"))).build();
        TaskResult r = engine.run("do two things");
        assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(b.requests()).hasSize(1);
        assertThat(b.requests().get(0).inputs()).containsEntry("s1", "a:first");
        assertThat(r.output()).isEqualTo("b:second <- {s1=a:first}");
        assertThat(r.steps()).extracting(s -> s.status()).containsOnly(StepStatus.SUCCEEDED);
        assertThat(r.plan().steps()).hasSize(2);
    }

    @Test
    void run_independentSteps_runConcurrently() {
        CountDownLatch bothRunning = new CountDownLatch(2);
        FakeArm p = FakeArm.of("p", (req, n) -> {
            bothRunning.countDown();
            try {
                return bothRunning.await(10, TimeUnit.SECONDS) ? ArmResult.ok("met " + req.stepId())
                        : ArmResult.failure(ArmError.of("ALONE", ErrorCategory.VALIDATION, "ran alone"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ArmResult.failure(ArmError.of("INT", ErrorCategory.CANCELLED, "interrupted"));
            }
        });
        engine = base().arm(p).planner(FixedPlanner.of(PlanStep.of("x", "x", "p"), PlanStep.of("y", "y", "p")))
                .build();
        TaskResult r = engine.run("fan out");
        assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(r.output()).contains("met x").contains("met y");
    }

    @Test
    void run_stepFailsForGood_dependantsSkippedAndTaskFailsWithCause() {
        FakeArm bad = FakeArm.of("bad", (req, n) -> ArmResult.failure(ArmError.of("BROKEN", ErrorCategory.VALIDATION,
                "cannot do it")));
        FakeArm ok = FakeArm.echo("ok");
        engine = base().arm(bad).arm(ok).planner(FixedPlanner.of(PlanStep.of("s1", "break", "bad"),
                PlanStep.of("s2", "after", "ok", "s1"))).build();
        TaskResult r = engine.run("fail");
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.stopReason()).isEqualTo(StopReason.STEP_FAILED);
        assertThat(r.message()).contains("s1").contains("BROKEN").contains("cannot do it");
        assertThat(r.step("s1").status()).isEqualTo(StepStatus.FAILED);
        assertThat(r.step("s2").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(ok.calls()).isZero();
        assertThat(r.provenance()).hasSize(1);
        assertThat(r.provenance().get(0).outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(r.provenance().get(0).errorCode()).isEqualTo("BROKEN");
    }

    @Test
    void run_retryableError_retriedAndEveryAttemptHasProvenance() {
        FakeArm flaky = FakeArm.of("flaky", (req, n) -> n < 3
                ? ArmResult.failure(ArmError.of("BUSY", ErrorCategory.EXTERNAL, "try again"))
                : ArmResult.ok("finally"));
        RecordingListener events = new RecordingListener();
        engine = base().arm(flaky).listener(events).planner(FixedPlanner.of(PlanStep.of("s1", "go", "flaky"))).build();
        TaskResult r = engine.run("retry me");
        assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(r.step("s1").attempts()).isEqualTo(3);
        List<ProvenanceRecord> steps = r.provenance().stream().filter(p -> p.stepId().equals("s1")).toList();
        assertThat(steps).extracting(ProvenanceRecord::outcome)
                .containsExactly(Outcome.RETRIED, Outcome.RETRIED, Outcome.SUCCESS);
        assertThat(steps).extracting(ProvenanceRecord::attempt).containsExactly(1, 2, 3);
        assertThat(events.events).contains("retried s1 BUSY");
    }

    @Test
    void run_retriesBoundedByBudget_failsAfterMaxRetries() {
        FakeArm down = FakeArm.of("down", (req, n) -> ArmResult.failure(ArmError.of("DOWN", ErrorCategory.EXTERNAL,
                "down")));
        engine = base().arm(down).planner(FixedPlanner.of(PlanStep.of("s1", "go", "down"))).build();
        TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxRetries(2)).build());
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(down.calls()).isEqualTo(3);
        assertThat(r.provenance()).hasSize(3);
    }

    @Test
    void run_nonRetryableError_notRetried() {
        FakeArm v = FakeArm.of("v", (req, n) -> ArmResult.failure(ArmError.of("BAD", ErrorCategory.VALIDATION, "no")));
        engine = base().arm(v).planner(FixedPlanner.of(PlanStep.of("s1", "go", "v"))).build();
        engine.run("g");
        assertThat(v.calls()).isEqualTo(1);
    }

    @Test
    void run_armThrows_becomesTypedFailure() {
        FakeArm t = FakeArm.of("t", (req, n) -> {
            throw new IllegalStateException("boom");
        });
        engine = base().arm(t).planner(FixedPlanner.of(PlanStep.of("s1", "go", "t"))).build();
        TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxRetries(0)).build());
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.step("s1").error().code()).isEqualTo("INTERNAL_ERROR");
        assertThat(r.step("s1").error().message()).contains("boom");
    }

    @Test
    void run_armExceedsTimeout_interruptedAndReportedAsTimeout() {
        FakeArm slow = FakeArm.of("slow", (req, n) -> {
            try {
                Thread.sleep(20_000);
                return ArmResult.ok("late");
            } catch (InterruptedException e) {
                return ArmResult.failure(ArmError.of("INTERRUPTED", ErrorCategory.CANCELLED, "interrupted"));
            }
        });
        engine = base().arm(slow).armTimeout("slow", Duration.ofMillis(100))
                .planner(FixedPlanner.of(PlanStep.of("s1", "go", "slow"))).build();
        TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxRetries(0)).build());
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.step("s1").error().code()).isEqualTo("EXECUTION_TIMEOUT");
        assertThat(r.provenance().get(0).outcome()).isEqualTo(Outcome.TIMEOUT);
    }

    @Test
    void run_taskTimeBudgetRunsOut_endsWithTimeoutAndPartialResults() {
        FakeArm fast = FakeArm.echo("fast");
        FakeArm slow = FakeArm.of("slow", (req, n) -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ArmResult.ok("late");
        });
        engine = base().arm(fast).arm(slow).planner(FixedPlanner.of(PlanStep.of("s1", "quick", "fast"),
                PlanStep.of("s2", "slow", "slow", "s1"))).build();
        TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxDuration(
                Duration.ofMillis(300))).build());
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.stopReason()).isEqualTo(StopReason.TIMEOUT);
        assertThat(r.step("s1").status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(r.output()).contains("fast:quick");
    }

    @Test
    void cancel_runningTask_interruptsArmAndEndsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        FakeArm block = FakeArm.of("block", (req, n) -> {
            started.countDown();
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
            return ArmResult.ok("x");
        });
        FakeArm after = FakeArm.echo("after");
        engine = base().arm(block).arm(after).planner(FixedPlanner.of(PlanStep.of("s1", "block", "block"),
                PlanStep.of("s2", "after", "after", "s1"))).build();
        TaskHandle h = engine.start(TaskContract.of("cancel me"));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        TaskResult r = h.result().get(10, TimeUnit.SECONDS);
        assertThat(r.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(after.calls()).isZero();
        assertThat(r.step("s2").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(r.provenance()).extracting(ProvenanceRecord::outcome).containsExactly(Outcome.CANCELLED);
        for (int i = 0; i < 100 && interrupted.get() == 0; i++) {
            Thread.sleep(20);
        }
        assertThat(interrupted.get()).isEqualTo(1);
    }

    @Test
    void run_tokenBudgetExceeded_stopsNewWorkWithExplicitReason() {
        FakeArm hungry = FakeArm.of("hungry", (req, n) -> ArmResult.ok("ate").withUsage(new Usage(600, 0, 0.0)));
        engine = base().arm(hungry).planner(FixedPlanner.of(PlanStep.of("s1", "a", "hungry"),
                PlanStep.of("s2", "b", "hungry", "s1"), PlanStep.of("s3", "c", "hungry", "s2"))).build();
        TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxTokens(1000)).build());
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.stopReason()).isEqualTo(StopReason.BUDGET_TOKENS);
        assertThat(hungry.calls()).isEqualTo(2);
        assertThat(r.step("s3").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(r.usage().totalTokens()).isEqualTo(1200);
        assertThat(r.message()).contains("1200").contains("1000");
    }

    @Test
    void run_stepBudget_limitsArmCalls() {
        FakeArm a = FakeArm.echo("a");
        engine = base().arm(a).planner(FixedPlanner.of(PlanStep.of("s1", "a", "a"), PlanStep.of("s2", "b", "a", "s1")))
                .build();
        TaskResult r = engine.run(TaskContract.builder("g").budget(Budget.DEFAULT.withMaxSteps(1)).build());
        assertThat(r.stopReason()).isEqualTo(StopReason.BUDGET_STEPS);
        assertThat(a.calls()).isEqualTo(1);
    }

    @Test
    void run_judgeRejects_repairsWithFeedbackThenCompletes() {
        FakeArm writer = FakeArm.of("writer", (req, n) -> ArmResult.ok(req.instruction().contains("judge rejected")
                ? "the answer mentions java" : "draft"));
        RecordingListener events = new RecordingListener();
        engine = base().arm(writer).listener(events).planner(FixedPlanner.of(PlanStep.of("s1", "write", "writer")))
                .build();
        TaskResult r = engine.run(TaskContract.builder("write").acceptanceCriterion("contains:java").build());
        assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(r.repairRounds()).isEqualTo(1);
        assertThat(r.output()).isEqualTo("the answer mentions java");
        assertThat(writer.requests().get(1).instruction()).contains("does not contain 'java'");
        assertThat(events.events).contains("judged false 0", "repairing 1 [s1]", "judged true 1");
        assertThat(r.provenance()).filteredOn(p -> p.stepId().equals("judge")).hasSize(2);
    }

    @Test
    void run_judgeRejectsEveryTime_failsAfterMaxRetriesWithIssues() {
        FakeArm writer = FakeArm.of("writer", (req, n) -> ArmResult.ok("never right"));
        engine = base().arm(writer).planner(FixedPlanner.of(PlanStep.of("s1", "write", "writer"))).build();
        TaskResult r = engine.run(TaskContract.builder("write").acceptanceCriterion("contains:java")
                .budget(Budget.DEFAULT.withMaxRetries(2)).build());
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.stopReason()).isEqualTo(StopReason.JUDGE_REJECTED);
        assertThat(r.repairRounds()).isEqualTo(2);
        assertThat(writer.calls()).isEqualTo(3);
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).contains("java"));
    }

    @Test
    void run_invalidPlan_replannedOnceThenFailsWithErrors() {
        Plan bad = new Plan(List.of(PlanStep.of("s1", "x", "nobody-has-this")), "", "test");
        FixedPlanner planner = new FixedPlanner(bad);
        engine = base().arm(FakeArm.echo("a")).planner(planner).build();
        TaskResult r = engine.run("g");
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.stopReason()).isEqualTo(StopReason.PLAN_INVALID);
        assertThat(r.message()).contains("nobody-has-this");
        assertThat(planner.calls()).isEqualTo(2);
    }

    @Test
    void run_invalidPlanFixedOnReplan_runs() {
        Plan bad = new Plan(List.of(PlanStep.of("s1", "x", "a", "s2"), PlanStep.of("s2", "y", "a")), "", "test");
        Plan good = new Plan(List.of(PlanStep.of("s1", "x", "a")), "", "test");
        engine = base().arm(FakeArm.echo("a")).planner(new FixedPlanner(bad, good)).build();
        assertThat(engine.run("g").status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void submit_sameTaskIdTwice_runsOnce() {
        CountDownLatch release = new CountDownLatch(1);
        FakeArm a = FakeArm.of("a", (req, n) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ArmResult.ok("once");
        });
        engine = base().arm(a).planner(FixedPlanner.of(PlanStep.of("s1", "x", "a"))).build();
        TaskContract c = TaskContract.builder("g").taskId("same-id").build();
        CompletableFuture<TaskResult> f1 = engine.submit(c);
        CompletableFuture<TaskResult> f2 = engine.submit(c);
        release.countDown();
        assertThat(f1.join().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(f2.join().status()).isEqualTo(TaskStatus.COMPLETED);
        TaskResult again = engine.submit(c).join();
        assertThat(again.output()).isEqualTo("once");
        assertThat(a.calls()).isEqualTo(1);
    }

    @Test
    void submit_beyondCapacity_refusedAtOnceWithTypedException() {
        CountDownLatch release = new CountDownLatch(1);
        FakeArm a = FakeArm.of("a", (req, n) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ArmResult.ok("x");
        });
        engine = base().arm(a).maxQueuedTasks(2).planner(FixedPlanner.of(PlanStep.of("s1", "x", "a"))).build();
        CompletableFuture<TaskResult> f1 = engine.submit(TaskContract.of("1"));
        CompletableFuture<TaskResult> f2 = engine.submit(TaskContract.of("2"));
        assertThatThrownBy(() -> engine.submit(TaskContract.of("3"))).isInstanceOf(EngineOverloadedException.class)
                .hasMessageContaining("2 tasks");
        release.countDown();
        f1.join();
        f2.join();
        assertThat(engine.inFlight()).isZero();
        assertThat(engine.submit(TaskContract.of("4")).join().status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void listenerThatThrows_neverFailsTheTask() {
        TaskListener bad = new TaskListener() {
            @Override
            public void onStepStarted(String taskId, PlanStep step, String armId, int attempt) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onCompleted(TaskResult result) {
                throw new IllegalStateException("listener bug");
            }
        };
        engine = base().arm(FakeArm.echo("a")).listener(bad).planner(FixedPlanner.of(PlanStep.of("s1", "x", "a")))
                .build();
        assertThat(engine.run("g").status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void run_resultIsStoredInTaskStore() {
        engine = base().arm(FakeArm.echo("a")).planner(FixedPlanner.of(PlanStep.of("s1", "x", "a"))).build();
        TaskResult r = engine.run("stored");
        assertThat(engine.taskStore().get(r.taskId())).isEqualTo(r);
    }

    @Test
    void run_noArmMatches_failsWithActionableMessage() {
        engine = base().arm(new FakeArm("calc", Set.of("math"), Set.of("calculate"), 1, (q, n) -> ArmResult.ok("1")))
                .build();
        TaskResult r = engine.run("write a poem about the sea");
        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.stopReason()).isEqualTo(StopReason.PLAN_INVALID);
        assertThat(r.message()).contains("no arm matches").contains("calc");
    }

    @Test
    void bulkhead_limitsConcurrentCallsPerArm() {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        FakeArm narrow = new FakeArm("narrow", Set.of("narrow"), Set.of(), 1, (req, n) -> {
            int now = active.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            active.decrementAndGet();
            return ArmResult.ok("ok");
        });
        engine = base().arm(narrow).planner(FixedPlanner.of(PlanStep.of("a", "a", "narrow"),
                PlanStep.of("b", "b", "narrow"), PlanStep.of("c", "c", "narrow"))).build();
        assertThat(engine.run("g").status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(peak.get()).isEqualTo(1);
    }
}
