package io.octollm.core;

import io.octollm.core.internal.Hashes;
import io.octollm.core.plan.PlanningException;
import io.octollm.spi.Usage;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.JudgeIssue;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.StepStatus;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One task's life in the engine: plan, run the DAG (independent steps concurrently, each call
 * under a bulkhead, a timeout and the retry policy), integrate, judge, repair, finish. All state
 * changes happen under {@link #lock}; arm calls run outside it on the arm executor.
 */
final class TaskRun {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);

    private enum Phase { PLANNING, EXECUTING, JUDGING, FINISHED }

    /** Arms whose calls take less than this on average run on the current engine thread, not another one. */
    private static final double QUICK_ARM_NANOS = 50_000;

    private enum State { WAITING, RUNNING, RETRY_WAIT, SUCCEEDED, FAILED, CANCELLED }

    private final OctoLlm engine;
    final TaskContract contract;
    final CompletableFuture<TaskResult> future;
    private final Instant submittedAt;
    private final long deadlineMillis;
    private final StopReason deadlineReason;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private final List<ProvenanceRecord> provenance = new ArrayList<>();
    private final Set<Attempt> running = new HashSet<>();
    private final Set<String> lowConsensus = new java.util.TreeSet<>();

    private Phase phase = Phase.PLANNING;
    private Plan plan;
    private Map<String, StepState> steps = Map.of();
    private StopReason stopReason;
    private String stopMessage = "";
    private Usage usage = Usage.ZERO;
    private int armCalls;
    private int retries;
    private int repairRounds;
    private List<JudgeIssue> issues = List.of();
    private String output = "";
    private Deadlines.Entry deadlineTimer;
    private long executeStartNanos;

    final OctoLlm.Admission admission;

    TaskRun(OctoLlm engine, TaskContract contract, OctoLlm.Admission admission) {
        this.engine = engine;
        this.contract = contract;
        this.admission = admission;
        this.future = new SpinFuture(engine.spinNanos(), engine.callerSpinners());
        this.submittedAt = engine.clock().instant();
        long byBudget = submittedAt.toEpochMilli() + contract.budget().maxDuration().toMillis();
        if (contract.deadline() != null && contract.deadline().toEpochMilli() < byBudget) {
            this.deadlineMillis = contract.deadline().toEpochMilli();
            this.deadlineReason = StopReason.DEADLINE;
        } else {
            this.deadlineMillis = byBudget;
            this.deadlineReason = StopReason.TIMEOUT;
        }
    }

    // ------------------------------------------------------------------ start and plan

    /** Runs on the arm executor: plan, validate, then start the ready steps. */
    void start() {
        try {
            long delay = deadlineMillis - engine.clock().millis();
            deadlineTimer = engine.deadlines().register(TimeUnit.MILLISECONDS.toNanos(Math.max(0, delay)),
                    () -> engine.armExecutor().execute(() -> stop(deadlineReason,
                            deadlineReason == StopReason.DEADLINE ? "the task's deadline passed"
                                    : "the time budget of " + contract.budget().maxDuration() + " ran out")));
            long t0 = System.nanoTime();
            Plan p;
            try {
                p = makePlan();
            } finally {
                long planNanos = System.nanoTime() - t0;
                timings.put("plan", Duration.ofNanos(planNanos));
                engine.recorder().recordLatency("plan", planNanos);
            }
            if (p == null) {
                return;
            }
            engine.listeners().onPlanned(contract.taskId(), p);
            List<StepState> ready = new ArrayList<>();
            lock.lock();
            try {
                if (phase == Phase.FINISHED || stopReason != null) {
                    // stopped while planning
                } else {
                    plan = p;
                    Map<String, StepState> m = new LinkedHashMap<>();
                    for (PlanStep s : p.steps()) {
                        m.put(s.id(), new StepState(s));
                    }
                    for (StepState st : m.values()) {
                        for (String dep : st.step.dependsOn()) {
                            m.get(dep).dependants.add(st);
                            st.pendingDeps++;
                        }
                    }
                    steps = m;
                    phase = Phase.EXECUTING;
                    executeStartNanos = System.nanoTime();
                    for (StepState st : m.values()) {
                        if (st.pendingDeps == 0) {
                            ready.add(st);
                        }
                    }
                }
            } finally {
                lock.unlock();
            }
            if (plan == null) {
                finish();
                return;
            }
            for (StepState st : ready) {
                launch(st);
            }
        } catch (Throwable e) {
            failInternally(e);
        }
    }

    private Plan makePlan() {
        Plan simple = singleStepPlan();
        if (simple != null) {
            return simple;
        }
        String key = engine.planKey(contract);
        Plan cached = engine.cachedPlan(key);
        if (cached != null) {
            timings.put("plan_cache_hit", Duration.ZERO);
            return cached;
        }
        io.octollm.core.plan.TaskMemory memory = engine.planner().wantsMemory() ? lookUpMemory()
                : io.octollm.core.plan.TaskMemory.EMPTY;
        List<String> errors = List.of();
        for (int round = 0; round < 2; round++) {
            Plan p;
            try {
                long t0 = System.nanoTime();
                Instant started = engine.clock().instant();
                io.octollm.core.plan.PlanResult made = engine.planner().planWithUsage(contract, engine.plannableArms(),
                        errors, memory);
                p = made.plan();
                if (made.llmCalls() > 0 || made.usage().totalTokens() > 0) {
                    lock.lock();
                    try {
                        usage = usage.plus(made.usage());
                        provenance.add(new ProvenanceRecord(contract.taskId(), "plan", "planner", made.model(),
                                round + 1, started, Duration.ofNanos(System.nanoTime() - t0),
                                Hashes.sha256(contract.goal()), Hashes.sha256(p.toString()), null, 1.0,
                                made.usage().promptTokens(), made.usage().completionTokens(), made.usage().costUsd(),
                                Outcome.SUCCESS, null));
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (PlanningException e) {
                stop(StopReason.PLAN_INVALID, "no plan: " + e.getMessage());
                finish();
                return null;
            }
            errors = engine.validator().validate(p, engine.catalog(), contract.budget());
            if (errors.isEmpty()) {
                engine.cachePlan(key, p);
                return p;
            }
            LOG.debug("plan for {} is invalid ({}), re-planning", contract.taskId(), errors);
        }
        stop(StopReason.PLAN_INVALID, "the plan is invalid after re-planning: " + String.join("; ", errors));
        finish();
        return null;
    }

    /**
     * Fetches the user's history, related documents and the parent result at the same time (not
     * one after another); a lookup that fails or takes longer than 2 s is left out.
     */
    private io.octollm.core.plan.TaskMemory lookUpMemory() {
        var memoryStore = engine.armContext().memory();
        var exec = engine.armExecutor();
        CompletableFuture<List<io.octollm.spi.store.HistoryEntry>> history = CompletableFuture.supplyAsync(
                () -> memoryStore.history(contract.userId(), 5), exec);
        CompletableFuture<List<io.octollm.spi.store.ScoredDocument>> related = CompletableFuture.supplyAsync(
                () -> memoryStore.searchDocuments(contract.goal(), 3), exec);
        CompletableFuture<TaskResult> parent = contract.parentTaskId() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> engine.taskStore().find(contract.parentTaskId()).orElse(null),
                        exec);
        return new io.octollm.core.plan.TaskMemory(within(history, List.of()), within(related, List.of()),
                within(parent, null));
    }

    private static <T> T within(CompletableFuture<T> f, T fallback) {
        try {
            return f.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            LOG.debug("memory lookup failed or timed out: {}", e.toString());
            return fallback;
        }
    }

    /**
     * A task that names exactly one required capability, served by some arm, needs no planner:
     * it runs as one step routed by that capability.
     */
    private Plan singleStepPlan() {
        if (contract.requiredCapabilities().isEmpty() && admission != null
                && admission.complexity() == io.octollm.reflex.Complexity.SIMPLE
                && !(engine.planner() instanceof io.octollm.core.plan.HeuristicPlanner)) {
            try {
                Plan quick = new io.octollm.core.plan.HeuristicPlanner().plan(contract, engine.plannableArms(),
                        List.of());
                if (quick.steps().size() == 1) {
                    return new Plan(quick.steps(), "a simple task (reflex complexity estimate): no planning needed",
                            "single-step");
                }
            } catch (PlanningException e) {
                // not obviously one arm's job: let the planner decide
            }
            return null;
        }
        if (contract.requiredCapabilities().size() != 1) {
            return null;
        }
        String cap = contract.requiredCapabilities().iterator().next();
        if (engine.catalog().withTag(cap).isEmpty()) {
            return null;
        }
        return new Plan(List.of(new PlanStep("s1", contract.goal(), cap, null, List.of(),
                contract.acceptanceCriteria(), null)), "one required capability: no planning needed", "single-step");
    }

    // ------------------------------------------------------------------ swarm

    /**
     * Variants to run for a step: the {@code quorum} parameter when given (1..9); otherwise 3 for
     * HIGH and 5 for CRITICAL priority, except for arms with side effects (tagged
     * {@code tool_execution}), which never run more than once unless the step asks.
     */
    private int quorum(PlanStep step, Arm arm) {
        Object q = step.parameters().get("quorum");
        if (q != null) {
            try {
                return Math.max(1, Math.min(9, Integer.parseInt(q.toString().trim())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        if (!engine.swarmByPriority() || arm.capability().tags().contains("tool_execution")) {
            return 1;
        }
        return switch (contract.priority()) {
            case HIGH -> 3;
            case CRITICAL -> 5;
            default -> 1;
        };
    }

    private List<Arm> swarmCandidates(PlanStep step, Arm primary) {
        List<Arm> out = new ArrayList<>();
        out.add(primary);
        if (step.armId() == null) {
            for (Arm a : engine.catalog().withTag(step.capability())) {
                if (a != primary && engine.router().breaker(a.capability().armId()).allowsCall()) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private io.octollm.core.swarm.Aggregation aggregation(PlanStep step) {
        if ("discrete".equals(String.valueOf(step.parameters().get("output_type")))) {
            return io.octollm.core.swarm.Aggregation.MAJORITY;
        }
        return contract.priority() == io.octollm.spi.task.Priority.CRITICAL ? io.octollm.core.swarm.Aggregation.BORDA
                : io.octollm.core.swarm.Aggregation.CONFIDENCE_WEIGHTED;
    }

    // ------------------------------------------------------------------ step execution

    private void launch(StepState st) {
        Attempt attempt;
        Arm arm;
        lock.lock();
        try {
            if (stopReason != null || phase != Phase.EXECUTING) {
                if (st.state != State.SUCCEEDED && st.state != State.FAILED) {
                    st.state = State.CANCELLED;
                }
                attempt = null;
                arm = null;
            } else {
                Budget b = contract.budget();
                StopReason over = budgetExceeded();
                if (over == null && armCalls >= b.maxSteps()) {
                    over = StopReason.BUDGET_STEPS;
                }
                if (over != null) {
                    stopLocked(over, describe(over));
                    attempt = null;
                    arm = null;
                } else {
                    try {
                        arm = engine.router().route(st.step);
                    } catch (ArmUnavailableException e) {
                        arm = null;
                        st.state = State.FAILED;
                        st.lastError = new ArmError("ARM_UNAVAILABLE", ErrorCategory.EXTERNAL, e.getMessage(), false, null);
                        stopLocked(StopReason.NO_ARM, "step " + st.step.id() + ": " + e.getMessage());
                    }
                    if (arm != null) {
                        int quorum = quorum(st.step, arm);
                        if (quorum > 1) {
                            arm = new io.octollm.core.swarm.SwarmArm(swarmCandidates(st.step, arm), quorum,
                                    aggregation(st.step), engine.armExecutor());
                        }
                        armCalls++;
                        st.attempts++;
                        st.state = State.RUNNING;
                        st.armId = arm.capability().armId();
                        if (st.startedAt == null) {
                            st.startedAt = engine.clock().instant();
                        }
                        attempt = new Attempt(st, arm, st.attempts);
                        running.add(attempt);
                    } else {
                        attempt = null;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        if (attempt == null) {
            stopRunning();
            finishIfDone();
            return;
        }
        Attempt a = attempt;
        OctoLlm.Bulkheads bh = engine.bulkheads(a.arm.capability().armId());
        bh.arm().submit(() -> bh.global().submit(() -> {
            try {
                var stats = engine.router().stats(a.arm.capability().armId());
                engine.dispatch(a, true, stats.calls() >= 16 && stats.meanNanos() < QUICK_ARM_NANOS);
            } catch (RejectedExecutionException e) {
                bh.global().release();
                bh.arm().release();
                a.finish(ArmResult.failure(new ArmError("EXECUTOR_REJECTED", ErrorCategory.INTERNAL,
                        "the arm executor refused the call (shut down or saturated)", false, null)), Outcome.FAILURE);
            }
        }));
    }

    /** One call of one arm for one step. */
    private final class Attempt implements Runnable {
        final StepState st;
        final Arm arm;
        final int number;
        final AtomicBoolean done = new AtomicBoolean();
        private Thread thread;
        private final ReentrantLock threadLock = new ReentrantLock();
        volatile Deadlines.Entry timeout;
        volatile Instant startedAt;
        volatile long startNanos;
        volatile String inputHash = "";

        Attempt(StepState st, Arm arm, int number) {
            this.st = st;
            this.arm = arm;
            this.number = number;
        }

        @Override
        public void run() {
            OctoLlm.Bulkheads bh = engine.bulkheads(arm.capability().armId());
            try {
                if (done.get()) {
                    return;
                }
                setThread(Thread.currentThread());
                startedAt = engine.clock().instant();
                startNanos = System.nanoTime();
                long now = engine.clock().millis();
                long left = deadlineMillis - now;
                Duration armTimeout = engine.armTimeout(arm.capability().armId());
                long callMillis = Math.min(armTimeout.toMillis(), left);
                if (callMillis <= 0) {
                    finish(ArmResult.failure(new ArmError("EXECUTION_TIMEOUT", ErrorCategory.TIMEOUT,
                            "no time left in the task budget", false, null)), Outcome.TIMEOUT);
                    return;
                }
                boolean limitedByTask = left <= armTimeout.toMillis();
                timeout = engine.deadlines().register(TimeUnit.MILLISECONDS.toNanos(callMillis), () -> {
                    if (limitedByTask) {
                        lock.lock();
                        try {
                            stopLocked(deadlineReason, deadlineReason == StopReason.DEADLINE
                                    ? "the task's deadline passed"
                                    : "the time budget of " + contract.budget().maxDuration() + " ran out");
                        } finally {
                            lock.unlock();
                        }
                    }
                    if (finish(ArmResult.failure(new ArmError("EXECUTION_TIMEOUT", ErrorCategory.TIMEOUT,
                            "arm " + arm.capability().armId() + " did not answer within " + callMillis + " ms", true,
                            null)), Outcome.TIMEOUT)) {
                        interrupt();
                    }
                });
                ArmRequest request = buildRequest(st, number, Instant.ofEpochMilli(now + callMillis));
                inputHash = Hashes.sha256(request.instruction() + '\u0000' + request.inputs());
                engine.listeners().onStepStarted(contract.taskId(), st.step, arm.capability().armId(), number);
                ArmResult result;
                MDC.put("taskId", contract.taskId());
                MDC.put("stepId", st.step.id());
                try {
                    result = arm.execute(request, engine.armContext());
                    if (result == null) {
                        result = ArmResult.failure(new ArmError("NULL_RESULT", ErrorCategory.INTERNAL,
                                "arm " + arm.capability().armId() + " returned null", false, null));
                    }
                } catch (RuntimeException | LinkageError | AssertionError e) {
                    LOG.warn("arm {} threw on step {} of task {}: {}", arm.capability().armId(), st.step.id(),
                            contract.taskId(), e.toString());
                    result = ArmResult.failure(new ArmError("INTERNAL_ERROR", ErrorCategory.INTERNAL,
                            "arm " + arm.capability().armId() + " threw " + e.getClass().getSimpleName() + ": "
                                    + e.getMessage(), true, null));
                } finally {
                    MDC.remove("taskId");
                    MDC.remove("stepId");
                }
                finish(result, result.success() ? Outcome.SUCCESS : Outcome.FAILURE);
            } catch (Throwable e) {
                finish(ArmResult.failure(new ArmError("INTERNAL_ERROR", ErrorCategory.INTERNAL, e.toString(), false,
                        null)), Outcome.FAILURE);
            } finally {
                setThread(null);
                Thread.interrupted();
                bh.global().release();
                bh.arm().release();
            }
        }

        /** @return true when this call decided the attempt's outcome */
        boolean finish(ArmResult result, Outcome outcome) {
            if (!done.compareAndSet(false, true)) {
                return false;
            }
            engine.deadlines().cancel(timeout);
            long nanos = startNanos == 0 ? 0 : System.nanoTime() - startNanos;
            onAttemptDone(this, result, outcome, Duration.ofNanos(nanos));
            return true;
        }

        void cancel(String why) {
            if (finish(ArmResult.failure(new ArmError("CANCELLED", ErrorCategory.CANCELLED, why, false, null)),
                    Outcome.CANCELLED)) {
                interrupt();
            }
        }

        private void setThread(Thread t) {
            threadLock.lock();
            try {
                thread = t;
            } finally {
                threadLock.unlock();
            }
        }

        /** Interrupts the thread running this attempt, never a later piece of work on that thread. */
        private void interrupt() {
            threadLock.lock();
            try {
                if (thread != null) {
                    thread.interrupt();
                }
            } finally {
                threadLock.unlock();
            }
        }
    }

    private ArmRequest buildRequest(StepState st, int attempt, Instant deadline) {
        Map<String, String> inputs = new LinkedHashMap<>();
        long remainingTokens;
        double remainingCost;
        lock.lock();
        try {
            for (String dep : st.step.dependsOn()) {
                StepState d = steps.get(dep);
                inputs.put(dep, d.output);
            }
            remainingTokens = Math.max(0, contract.budget().maxTokens() - usage.totalTokens());
            remainingCost = Math.max(0, contract.budget().maxCostUsd() - usage.costUsd());
        } finally {
            lock.unlock();
        }
        String instruction = st.feedback == null ? st.step.action()
                : st.step.action() + "\n\nThe judge rejected the previous answer: " + st.feedback;
        return new ArmRequest(contract.taskId(), st.step.id(), instruction, inputs, st.step.parameters(),
                st.step.criteria(), contract.context(), deadline, remainingTokens, remainingCost, attempt);
    }

    private void onAttemptDone(Attempt a, ArmResult result, Outcome outcome, Duration took) {
        StepState st = a.st;
        String armId = a.arm.capability().armId();
        boolean success = outcome == Outcome.SUCCESS;
        if (a.startNanos != 0) {
            engine.recorder().recordLatency("arm." + armId, took.toNanos());
            engine.router().stats(armId).recordLatency(took.toNanos());
        }
        ArmError error = result.error();
        List<io.octollm.core.swarm.VariantOutcome> variants = null;
        if (result.data().get(io.octollm.core.swarm.SwarmArm.VARIANTS) instanceof List<?> raw) {
            variants = new ArrayList<>();
            for (Object o : raw) {
                if (o instanceof io.octollm.core.swarm.VariantOutcome v) {
                    variants.add(v);
                    engine.router().record(v.armId(), v.success(), true);
                }
            }
            Map<String, Object> data = new LinkedHashMap<>(result.data());
            data.remove(io.octollm.core.swarm.SwarmArm.VARIANTS);
            result = new ArmResult(result.success(), result.output(), data, result.confidence(), result.usage(),
                    result.error(), result.attributes());
        }
        if (outcome != Outcome.CANCELLED && variants == null) {
            boolean health = error == null || (error.category() != ErrorCategory.VALIDATION
                    && error.category() != ErrorCategory.POLICY && error.category() != ErrorCategory.UNSUPPORTED
                    && error.category() != ErrorCategory.AUTHORIZATION);
            engine.router().record(armId, success, health);
        }
        List<StepState> ready = new ArrayList<>();
        Duration retryDelay = null;
        StepResult finished = null;
        Outcome recorded = outcome;
        lock.lock();
        try {
            running.remove(a);
            usage = usage.plus(result.usage());
            st.usage = st.usage.plus(result.usage());
            st.nanos += took.toNanos();
            if (success) {
                st.state = State.SUCCEEDED;
                st.output = result.output();
                st.data = result.data();
                st.confidence = result.confidence();
                st.lastError = null;
                if (phase == Phase.EXECUTING && stopReason == null) {
                    for (StepState d : st.dependants) {
                        if (--d.pendingDeps == 0 && d.state == State.WAITING) {
                            ready.add(d);
                        }
                    }
                }
                finished = st.toResult();
            } else {
                st.lastError = error;
                boolean canRetry = outcome != Outcome.CANCELLED && error.retryable() && stopReason == null
                        && phase == Phase.EXECUTING && retries < contract.budget().maxRetries()
                        && armCalls < contract.budget().maxSteps();
                if (canRetry) {
                    retryDelay = engine.retryPolicy().delay(st.attempts, error.retryAfter());
                    if (engine.clock().millis() + retryDelay.toMillis() >= deadlineMillis) {
                        canRetry = false;
                    }
                }
                if (canRetry) {
                    retries++;
                    st.state = State.RETRY_WAIT;
                    recorded = Outcome.RETRIED;
                } else {
                    retryDelay = null;
                    st.state = outcome == Outcome.CANCELLED ? State.CANCELLED : State.FAILED;
                    finished = st.toResult();
                    if (outcome != Outcome.CANCELLED && stopReason == null) {
                        stopLocked(StopReason.STEP_FAILED, "step " + st.step.id() + " failed: " + error.code() + ": "
                                + error.message());
                    }
                }
            }
            if (variants != null) {
                for (io.octollm.core.swarm.VariantOutcome v : variants) {
                    provenance.add(new ProvenanceRecord(contract.taskId(), st.step.id() + "/v" + (v.variant() + 1),
                            v.armId(), v.model(), a.number,
                            v.startedAt(), v.duration(), a.inputHash, v.success() ? Hashes.sha256(v.output()) : null,
                            null, Math.max(0, Math.min(1, v.confidence())), v.usage().promptTokens(),
                            v.usage().completionTokens(), v.usage().costUsd(),
                            v.success() ? Outcome.SUCCESS : Outcome.FAILURE, v.errorCode()));
                }
                if (success && result.data().get("swarm") instanceof Map<?, ?> sw
                        && Boolean.TRUE.equals(sw.get("low_consensus"))) {
                    lowConsensus.add(st.step.id());
                }
            } else {
                provenance.add(new ProvenanceRecord(contract.taskId(), st.step.id(), armId,
                        result.attributes().get("model"), a.number,
                        a.startedAt == null ? engine.clock().instant() : a.startedAt, took, a.inputHash,
                        success ? Hashes.sha256(result.output()) : null, result.attributes().get("command_hash"),
                        result.confidence(), result.usage().promptTokens(), result.usage().completionTokens(),
                        result.usage().costUsd(), recorded, error == null ? null : error.code()));
            }
            if (stopReason == null) {
                StopReason over = budgetExceeded();
                if (over != null) {
                    stopLocked(over, describe(over));
                }
            }
        } finally {
            lock.unlock();
        }
        if (finished != null) {
            engine.listeners().onStepFinished(contract.taskId(), finished);
        }
        engine.recorder().increment("arm.calls", 1, "arm", armId, "outcome", recorded.name().toLowerCase());
        if (retryDelay != null) {
            engine.recorder().increment("retries", 1);
            engine.listeners().onStepRetried(contract.taskId(), st.step, error, retryDelay);
            Duration d = retryDelay;
            st.retryTimer = engine.timer().schedule(() -> launch(st), d.toNanos(), TimeUnit.NANOSECONDS);
        }
        stopRunning();
        for (StepState r : ready) {
            launch(r);
        }
        finishIfDone();
    }

    private StopReason budgetExceeded() {
        Budget b = contract.budget();
        if (usage.totalTokens() > b.maxTokens()) {
            return StopReason.BUDGET_TOKENS;
        }
        if (usage.costUsd() > b.maxCostUsd()) {
            return StopReason.BUDGET_COST;
        }
        return null;
    }

    private String describe(StopReason r) {
        Budget b = contract.budget();
        return switch (r) {
            case BUDGET_TOKENS -> "token budget exhausted: used " + usage.totalTokens() + " of " + b.maxTokens();
            case BUDGET_COST -> String.format("cost budget exhausted: spent $%.4f of $%.4f", usage.costUsd(),
                    b.maxCostUsd());
            case BUDGET_STEPS -> "step budget exhausted: " + armCalls + " arm calls of " + b.maxSteps();
            default -> r.name().toLowerCase();
        };
    }

    // ------------------------------------------------------------------ stopping

    /** Stops new work and cancels running calls; the task then finishes with {@code reason}. */
    void stop(StopReason reason, String message) {
        lock.lock();
        try {
            stopLocked(reason, message);
        } finally {
            lock.unlock();
        }
        stopRunning();
        finishIfDone();
    }

    private void stopLocked(StopReason reason, String message) {
        if (stopReason != null || phase == Phase.FINISHED) {
            return;
        }
        stopReason = reason;
        stopMessage = message;
        for (StepState st : steps.values()) {
            if (st.state == State.WAITING || st.state == State.RETRY_WAIT) {
                st.state = State.CANCELLED;
                if (st.retryTimer != null) {
                    st.retryTimer.cancel(false);
                }
            }
        }
    }

    /** Cancels in-flight attempts once the task is stopped. */
    private void stopRunning() {
        List<Attempt> toCancel;
        lock.lock();
        try {
            if (stopReason == null || running.isEmpty()) {
                return;
            }
            toCancel = new ArrayList<>(running);
        } finally {
            lock.unlock();
        }
        for (Attempt a : toCancel) {
            a.cancel("task stopped: " + stopMessage);
        }
    }

    // ------------------------------------------------------------------ integrate, judge, repair

    private void finishIfDone() {
        boolean judge = false;
        boolean end = false;
        lock.lock();
        try {
            if (phase != Phase.EXECUTING || !running.isEmpty()) {
                return;
            }
            for (StepState st : steps.values()) {
                if (st.state == State.RUNNING || st.state == State.RETRY_WAIT
                        || (st.state == State.WAITING && stopReason == null)) {
                    return;
                }
            }
            timings.merge("execute", Duration.ofNanos(System.nanoTime() - executeStartNanos), Duration::plus);
            if (stopReason != null) {
                end = true;
            } else {
                phase = Phase.JUDGING;
                judge = true;
            }
        } finally {
            lock.unlock();
        }
        if (end) {
            finish();
        } else if (judge) {
            try {
                integrateAndJudge();
            } catch (Throwable e) {
                failInternally(e);
            }
        }
    }

    private void integrateAndJudge() {
        List<StepResult> results = stepResults();
        long t0 = System.nanoTime();
        Instant integrateStart = engine.clock().instant();
        io.octollm.core.integrate.Integrated integrated = engine.integrator().integrateWithUsage(contract, plan, results);
        long integrateNanos = System.nanoTime() - t0;
        timings.merge("integrate", Duration.ofNanos(integrateNanos), Duration::plus);
        output = integrated.output();
        if (integrated.usage().totalTokens() > 0 || integrated.model() != null) {
            lock.lock();
            try {
                usage = usage.plus(integrated.usage());
                provenance.add(new ProvenanceRecord(contract.taskId(), "integrate", "integrator", integrated.model(),
                        repairRounds + 1, integrateStart, Duration.ofNanos(integrateNanos), Hashes.sha256(
                        results.toString()), Hashes.sha256(output), null, 1.0, integrated.usage().promptTokens(),
                        integrated.usage().completionTokens(), integrated.usage().costUsd(), Outcome.SUCCESS, null));
            } finally {
                lock.unlock();
            }
        }
        long t1 = System.nanoTime();
        Verdict verdict = judge(results);
        long judgeNanos = System.nanoTime() - t1;
        timings.merge("judge", Duration.ofNanos(judgeNanos), Duration::plus);
        engine.recorder().recordLatency("judge", judgeNanos);
        engine.listeners().onJudged(contract.taskId(), verdict.valid, verdict.issues, repairRounds);
        List<StepState> relaunch = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean guard = false;
        lock.lock();
        try {
            issues = verdict.issues;
            if (stopReason != null) {
                // stopped while judging (deadline, cancel)
            } else if (verdict.valid) {
                phase = Phase.FINISHED;
                guard = true;
            } else if (verdict.unavailable) {
                stopLocked(StopReason.JUDGE_REJECTED, verdict.message);
            } else if (repairRounds >= contract.budget().maxRetries()
                    || engine.clock().millis() >= deadlineMillis || armCalls >= contract.budget().maxSteps()) {
                stopLocked(StopReason.JUDGE_REJECTED, "the judge rejected the answer"
                        + (repairRounds > 0 ? " after " + repairRounds + " repair round(s)" : "") + ": "
                        + summary(verdict.issues));
            } else {
                repairRounds++;
                Set<StepState> redo = stepsToRepair(verdict.issues);
                String feedback = summary(verdict.issues);
                for (StepState st : redo) {
                    st.state = State.WAITING;
                    st.feedback = feedback;
                    st.pendingDeps = 0;
                }
                for (StepState st : redo) {
                    for (String dep : st.step.dependsOn()) {
                        if (redo.contains(steps.get(dep))) {
                            st.pendingDeps++;
                        }
                    }
                }
                for (StepState st : steps.values()) {
                    if (redo.contains(st)) {
                        ids.add(st.step.id());
                        if (st.pendingDeps == 0) {
                            relaunch.add(st);
                        }
                    }
                }
                phase = Phase.EXECUTING;
                executeStartNanos = System.nanoTime();
            }
        } finally {
            lock.unlock();
        }
        if (!relaunch.isEmpty()) {
            engine.listeners().onRepairing(contract.taskId(), repairRounds, ids);
            for (StepState st : relaunch) {
                launch(st);
            }
            return;
        }
        if (guard) {
            guardOutput();
        }
        finish();
    }

    /** The guardian's check of the final answer: pass, warn, redact or block. */
    @SuppressWarnings("unchecked")
    private void guardOutput() {
        io.octollm.core.arms.guardian.GuardianArm g = engine.guardian();
        if (g == null || output.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        Instant started = engine.clock().instant();
        Map<String, Object> verdict = g.check(output);
        long nanos = System.nanoTime() - t0;
        timings.merge("guard", Duration.ofNanos(nanos), Duration::plus);
        engine.recorder().recordLatency("guardian", nanos);
        String action = String.valueOf(verdict.get("action"));
        lock.lock();
        try {
            List<JudgeIssue> all = new ArrayList<>(issues);
            for (Map<String, Object> i : (List<Map<String, Object>>) verdict.get("issues")) {
                all.add(new JudgeIssue("block".equals(action) ? "error" : "warning", "guardian:" + i.get("type"),
                        i.get("message") + " (" + i.get("risk") + " risk)", "", null));
            }
            issues = all;
            provenance.add(new ProvenanceRecord(contract.taskId(), "guard", g.capability().armId(), null, 1, started,
                    Duration.ofNanos(nanos), Hashes.sha256(output), null, null, 1.0, 0, 0, 0,
                    "block".equals(action) ? Outcome.REFUSED : Outcome.SUCCESS, "block".equals(action)
                            ? "OUTPUT_BLOCKED" : null));
            if ("block".equals(action)) {
                stopReason = StopReason.OUTPUT_BLOCKED;
                stopMessage = "the guardian blocked the answer (" + verdict.get("risk") + " risk)";
                output = "";
            } else if ("redact".equals(action)) {
                output = String.valueOf(verdict.get("sanitized_text"));
            }
        } finally {
            lock.unlock();
        }
    }

    private static String summary(List<JudgeIssue> issues) {
        StringBuilder sb = new StringBuilder();
        for (JudgeIssue i : issues) {
            if (!i.isError()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(i.message());
            if (!i.suggestion().isEmpty()) {
                sb.append(" (").append(i.suggestion()).append(')');
            }
        }
        return sb.length() == 0 ? "no details" : sb.toString();
    }

    /** Steps the judge blamed (or the sink steps), plus everything downstream of them. */
    private Set<StepState> stepsToRepair(List<JudgeIssue> found) {
        Set<StepState> seeds = new HashSet<>();
        for (JudgeIssue i : found) {
            if (i.isError() && i.stepId() != null && steps.containsKey(i.stepId())) {
                seeds.add(steps.get(i.stepId()));
            }
        }
        if (seeds.isEmpty()) {
            for (StepState st : steps.values()) {
                if (st.dependants.isEmpty()) {
                    seeds.add(st);
                }
            }
        }
        Set<StepState> all = new HashSet<>();
        List<StepState> todo = new ArrayList<>(seeds);
        while (!todo.isEmpty()) {
            StepState s = todo.remove(todo.size() - 1);
            if (all.add(s)) {
                todo.addAll(s.dependants);
            }
        }
        return all;
    }

    private record Verdict(boolean valid, boolean unavailable, List<JudgeIssue> issues, String message) {
    }

    private Verdict judge(List<StepResult> results) {
        Arm judge = engine.judge();
        if (judge == null) {
            return new Verdict(true, false, List.of(), "");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("output", output);
        for (StepResult r : results) {
            inputs.put(r.stepId(), r.output());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("goal", contract.goal());
        params.put("priority", contract.priority().name());
        lock.lock();
        try {
            if (!lowConsensus.isEmpty()) {
                params.put("low_consensus_steps", List.copyOf(lowConsensus));
            }
        } finally {
            lock.unlock();
        }
        String armId = judge.capability().armId();
        Instant started = engine.clock().instant();
        long t0 = System.nanoTime();
        ArmResult r;
        int attempt = repairRounds + 1;
        ArmRequest req = new ArmRequest(contract.taskId(), "judge", "Validate the answer against the goal and the "
                + "acceptance criteria.", inputs, params, contract.acceptanceCriteria(), contract.context(),
                Instant.ofEpochMilli(deadlineMillis), Math.max(0, contract.budget().maxTokens() - usage.totalTokens()),
                Math.max(0, contract.budget().maxCostUsd() - usage.costUsd()), attempt);
        try {
            r = judge.execute(req, engine.armContext());
        } catch (RuntimeException e) {
            r = ArmResult.failure(new ArmError("INTERNAL_ERROR", ErrorCategory.INTERNAL, e.toString(), false, null));
        }
        if (r == null) {
            r = ArmResult.failure(new ArmError("NULL_RESULT", ErrorCategory.INTERNAL, "judge returned null", false,
                    null));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        List<JudgeIssue> found = parseIssues(r.data().get("issues"));
        boolean valid = r.success() && Boolean.TRUE.equals(r.data().get("valid"));
        lock.lock();
        try {
            usage = usage.plus(r.usage());
            provenance.add(new ProvenanceRecord(contract.taskId(), "judge", armId, r.attributes().get("model"), attempt,
                    started, took, Hashes.sha256(output), r.success() ? Hashes.sha256(r.output()) : null, null,
                    r.confidence(), r.usage().promptTokens(), r.usage().completionTokens(), r.usage().costUsd(),
                    r.success() ? Outcome.SUCCESS : Outcome.FAILURE, r.error() == null ? null : r.error().code()));
        } finally {
            lock.unlock();
        }
        if (!r.success()) {
            return new Verdict(false, true, found, "the judge failed: " + r.error().code() + ": " + r.error().message());
        }
        return new Verdict(valid, false, found, "");
    }

    @SuppressWarnings("unchecked")
    private static List<JudgeIssue> parseIssues(Object raw) {
        if (!(raw instanceof List<?> list)) {
            return List.of();
        }
        List<JudgeIssue> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof JudgeIssue j) {
                out.add(j);
            } else if (o instanceof Map<?, ?> m) {
                Map<String, Object> mm = (Map<String, Object>) m;
                out.add(new JudgeIssue(String.valueOf(mm.getOrDefault("severity", "error")),
                        String.valueOf(mm.getOrDefault("type", "judge")), String.valueOf(mm.getOrDefault("message", "")),
                        mm.get("suggestion") == null ? "" : String.valueOf(mm.get("suggestion")),
                        mm.get("stepId") == null ? null : String.valueOf(mm.get("stepId"))));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ finishing

    private void failInternally(Throwable e) {
        LOG.error("task {} failed inside the engine", contract.taskId(), e);
        lock.lock();
        try {
            if (stopReason == null) {
                stopReason = StopReason.INTERNAL_ERROR;
                stopMessage = "internal error: " + e;
            }
        } finally {
            lock.unlock();
        }
        stopRunning();
        finish();
    }

    private List<StepResult> stepResults() {
        lock.lock();
        try {
            List<StepResult> out = new ArrayList<>(steps.size());
            for (StepState st : steps.values()) {
                out.add(st.toResult());
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Builds the result once, stores it, notifies, completes the future. */
    private void finish() {
        TaskResult result;
        lock.lock();
        try {
            if (phase == Phase.FINISHED && future.isDone()) {
                return;
            }
            if (finishing) {
                return;
            }
            finishing = true;
            phase = Phase.FINISHED;
            List<StepResult> results = new ArrayList<>(steps.size());
            for (StepState st : steps.values()) {
                results.add(st.toResult());
            }
            TaskStatus status;
            if (stopReason == null) {
                status = TaskStatus.COMPLETED;
            } else if (stopReason == StopReason.CANCELLED) {
                status = TaskStatus.CANCELLED;
            } else {
                status = TaskStatus.FAILED;
            }
            timings.put("total", Duration.ofMillis(Math.max(0, engine.clock().millis() - submittedAt.toEpochMilli())));
            result = new TaskResult(contract.taskId(), contract.goal(), status,
                    stopReason == null ? StopReason.NONE : stopReason, stopMessage,
                    status == TaskStatus.COMPLETED ? output
                            : stopReason == StopReason.OUTPUT_BLOCKED ? "" : partialOutput(results), plan, results,
                    List.copyOf(provenance), issues, repairRounds, usage, submittedAt, engine.clock().instant(),
                    timings);
        } finally {
            lock.unlock();
        }
        engine.deadlines().cancel(deadlineTimer);
        report(result);
        engine.complete(this, result);
    }

    private boolean finishing;

    /** Metrics and the slow-task log for a finished task. */
    private void report(TaskResult result) {
        long total = Duration.between(submittedAt, result.completedAt()).toNanos();
        boolean simple = result.plan() == null || result.plan().steps().size() <= 1;
        var rec = engine.recorder();
        rec.recordLatency(simple ? "task.simple" : "task.complex", total);
        rec.recordLatency(simple ? "orchestrator.simple" : "orchestrator.complex",
                Math.max(0, total - criticalPathNanos(result)));
        rec.increment("tasks", 1, "status", result.status().name().toLowerCase());
        if (result.usage().promptTokens() > 0) {
            rec.increment("tokens", result.usage().promptTokens(), "kind", "prompt");
        }
        if (result.usage().completionTokens() > 0) {
            rec.increment("tokens", result.usage().completionTokens(), "kind", "completion");
        }
        Duration slow = engine.slowTaskThreshold();
        if (!slow.isZero() && total > slow.toNanos() && LOG.isWarnEnabled()) {
            StringBuilder sb = new StringBuilder();
            for (var s : result.steps()) {
                sb.append(' ').append(s.stepId()).append('[').append(s.armId()).append("]=")
                        .append(s.duration().toMillis()).append("ms/").append(s.attempts()).append('x');
            }
            LOG.warn("slow task {}: {} ms (threshold {} ms), status {}, phases {}, steps:{}", result.taskId(),
                    total / 1_000_000, slow.toMillis(), result.status().name().toLowerCase(), result.timings(), sb);
        }
    }

    /** Arm time on the longest dependency path of the plan. */
    private static long criticalPathNanos(TaskResult result) {
        if (result.plan() == null) {
            return 0;
        }
        java.util.Map<String, Long> finish = new java.util.HashMap<>();
        long best = 0;
        for (PlanStep p : result.plan().steps()) {
            long start = 0;
            for (String d : p.dependsOn()) {
                start = Math.max(start, finish.getOrDefault(d, 0L));
            }
            StepResult r = result.step(p.id());
            long end = start + (r == null ? 0 : r.duration().toNanos());
            finish.put(p.id(), end);
            best = Math.max(best, end);
        }
        return best;
    }

    private String partialOutput(List<StepResult> results) {
        if (!output.isEmpty()) {
            return output;
        }
        StringBuilder sb = new StringBuilder();
        for (StepResult r : results) {
            if (r.succeeded() && !r.output().isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(r.output());
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ step state

    private final class StepState {
        final PlanStep step;
        final List<StepState> dependants = new ArrayList<>();
        int pendingDeps;
        State state = State.WAITING;
        int attempts;
        String armId;
        Instant startedAt;
        long nanos;
        Usage usage = Usage.ZERO;
        String output = "";
        Map<String, Object> data = Map.of();
        double confidence;
        ArmError lastError;
        String feedback;
        volatile ScheduledFuture<?> retryTimer;

        StepState(PlanStep step) {
            this.step = step;
        }

        StepResult toResult() {
            StepStatus status = switch (state) {
                case SUCCEEDED -> StepStatus.SUCCEEDED;
                case FAILED -> StepStatus.FAILED;
                case CANCELLED -> attempts == 0 ? StepStatus.SKIPPED : StepStatus.CANCELLED;
                default -> attempts == 0 ? StepStatus.SKIPPED : StepStatus.CANCELLED;
            };
            return new StepResult(step.id(), armId, status, state == State.SUCCEEDED ? output : "", data,
                    Math.max(0, Math.min(1, confidence)), attempts, usage,
                    state == State.SUCCEEDED ? null : lastError, startedAt, Duration.ofNanos(nanos));
        }
    }

    /** A future whose waiters spin briefly before parking, so a quick task's caller is not parked. */
    static final class SpinFuture extends CompletableFuture<TaskResult> {
        private final long spinNanos;
        private final java.util.concurrent.atomic.AtomicInteger spinners;

        SpinFuture(long spinNanos, java.util.concurrent.atomic.AtomicInteger spinners) {
            this.spinNanos = spinNanos;
            this.spinners = spinners;
        }

        /** Spins only when no other caller of this engine is spinning, so waiters never crowd the cores. */
        private void spin() {
            if (spinNanos <= 0 || isDone() || !spinners.compareAndSet(0, 1)) {
                return;
            }
            try {
                long end = System.nanoTime() + spinNanos;
                while (!isDone() && System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            } finally {
                spinners.set(0);
            }
        }

        @Override
        public TaskResult join() {
            spin();
            return super.join();
        }

        @Override
        public TaskResult get() throws InterruptedException, java.util.concurrent.ExecutionException {
            spin();
            return super.get();
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }
    }
}
