package io.octollm.core;

import io.octollm.core.arms.judge.JudgeArm;
import io.octollm.core.discovery.ArmCatalog;
import io.octollm.core.discovery.ComponentLoader;
import io.octollm.core.integrate.DeterministicIntegrator;
import io.octollm.core.integrate.Integrator;
import io.octollm.core.metrics.GuardedMetrics;
import io.octollm.core.metrics.InProcessMetrics;
import io.octollm.core.metrics.MetricsRecorder;
import io.octollm.core.metrics.PerformanceBudgets;
import io.octollm.core.plan.HeuristicPlanner;
import io.octollm.core.plan.PlanValidator;
import io.octollm.core.plan.Planner;
import io.octollm.core.schedule.Bulkhead;
import io.octollm.core.schedule.CircuitBreaker;
import io.octollm.core.schedule.RetryPolicy;
import io.octollm.core.schedule.Router;
import io.octollm.core.store.InMemoryMemoryStore;
import io.octollm.core.store.InMemoryTaskStore;
import io.octollm.spi.StoreException;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmProvider;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import io.octollm.spi.store.TaskStore;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OctoLLM engine: plans a task into a DAG of steps, routes each step to an arm, runs
 * independent steps concurrently under budgets, timeouts, retries and circuit breakers, has the
 * judge validate the answer, repairs when it says no, records provenance for every call, and
 * stores the result.
 *
 * <pre>{@code
 * try (OctoLlm engine = OctoLlm.builder().arm(myArm).build()) {
 *     TaskResult r = engine.run("search the docs for rate limiting");
 * }
 * }</pre>
 *
 * <p>Thread-safe: one engine serves any number of concurrent callers. {@link #close()} stops
 * the engine's threads (tasks still running end as CANCELLED).
 */
public final class OctoLlm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OctoLlm.class);

    /** The bulkheads one arm call passes: the arm's own, then the engine-wide one. */
    record Bulkheads(Bulkhead arm, Bulkhead global) {
    }

    private final ArmCatalog catalog;
    private final List<ArmCapability> plannable;
    private final Arm judge;
    private final Router router;
    private final Planner planner;
    private final PlanValidator validator;
    private final Integrator integrator;
    private final Listeners listeners;
    private final TaskStore taskStore;
    private final MemoryStore memoryStore;
    private final EngineArmContext armContext;
    private final Clock clock;
    private final ExecutorService armExecutor;
    private final boolean ownsExecutor;
    private final ScheduledThreadPoolExecutor timer;
    private final Deadlines deadlines;
    private final Bulkhead globalBulkhead;
    private final Map<String, Bulkheads> bulkheads = new HashMap<>();
    private final RetryPolicy retryPolicy;
    private final Duration defaultArmTimeout;
    private final Map<String, Duration> armTimeouts;
    private final int maxQueuedTasks;
    private final InProcessMetrics metrics = new InProcessMetrics();
    private final MetricsRecorder recorder;
    private final PerformanceBudgets budgets;
    private final Duration slowTaskThreshold;
    private final com.github.benmanes.caffeine.cache.Cache<String, io.octollm.spi.task.Plan> planCache;
    private final String catalogFingerprint;
    private final boolean swarmByPriority;
    private final io.octollm.reflex.ReflexChain reflex;
    private final io.octollm.core.arms.guardian.GuardianArm guardian;
    private final boolean rehydrate;
    private final boolean storeUnredacted;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, TaskRun> runs = new ConcurrentHashMap<>();
    private volatile boolean closed;
    /** Work queued to run on the current engine thread after the running piece (see {@link #dispatch}). */
    private static final ThreadLocal<java.util.ArrayDeque<Runnable>> INLINE = new ThreadLocal<>();
    private final java.util.concurrent.atomic.AtomicReference<Runnable> handoff =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final AtomicInteger spinners = new AtomicInteger();
    private final AtomicInteger callerSpinners = new AtomicInteger();
    private final AtomicInteger spinCooldown = new AtomicInteger();
    private final long spinNanos;

    private OctoLlm(Builder b) {
        this.clock = b.clock;
        this.listeners = new Listeners(b.listeners);
        List<ArmProvider> providers = new ArrayList<>(b.providers);
        if (b.discoverArms) {
            providers.addAll(b.componentLoader.load(ArmProvider.class));
        }
        List<Arm> registered = new ArrayList<>(b.arms);
        ArmCatalog probe = ArmCatalog.build(registered, providers, b.armConfig);
        if (probe.arms().values().stream().noneMatch(a -> a.capability().tags().contains("result_validation"))
                && b.defaultJudge) {
            registered.add(new JudgeArm());
            probe = ArmCatalog.build(registered, providers, b.armConfig);
        }
        this.catalog = probe;
        this.judge = catalog.find("judge").orElseGet(() -> catalog.withTag("result_validation").stream().findFirst()
                .orElse(null));
        List<ArmCapability> caps = new ArrayList<>();
        for (ArmCapability c : catalog.capabilities()) {
            if (!c.tags().contains("result_validation")) {
                caps.add(c);
            }
        }
        this.plannable = List.copyOf(caps);
        this.recorder = b.metrics == null ? metrics : new Both(metrics, new GuardedMetrics(b.metrics));
        this.budgets = b.budgets;
        this.swarmByPriority = b.swarmByPriority;
        this.reflex = b.reflexOff ? null : b.reflex != null ? b.reflex : io.octollm.reflex.ReflexChain.builder().build();
        this.guardian = b.guardianOff ? null : b.guardian != null ? b.guardian
                : new io.octollm.core.arms.guardian.GuardianArm();
        this.rehydrate = b.rehydrate;
        this.storeUnredacted = b.storeUnredacted;
        this.planCache = b.planCacheSize == 0 ? null : com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .maximumSize(b.planCacheSize).expireAfterWrite(Duration.ofHours(1)).build();
        StringBuilder fp = new StringBuilder();
        for (ArmCapability c : catalog.capabilities()) {
            fp.append(c.armId()).append('@').append(c.armVersion()).append(new java.util.TreeSet<>(c.tags()))
                    .append(new java.util.TreeSet<>(c.keywords())).append(';');
        }
        this.catalogFingerprint = io.octollm.core.internal.Hashes.sha256(fp.toString());
        this.slowTaskThreshold = b.slowTaskThreshold;
        this.router = new Router(catalog, b.breakerConfig, clock, (arm, state) -> {
            LOG.info("circuit breaker of arm {} is now {}", arm, state);
            recorder.increment("breaker.transitions", 1, "arm", arm, "state", state.name().toLowerCase());
        });
        this.planner = b.planner != null ? b.planner
                : b.llm != null ? new io.octollm.core.plan.LlmPlanner(b.llm, new HeuristicPlanner()) : new HeuristicPlanner();
        this.validator = new PlanValidator(b.maxPlanSteps);
        this.integrator = b.integrator != null ? b.integrator
                : b.llm != null ? new io.octollm.core.integrate.LlmIntegrator(b.llm, new DeterministicIntegrator())
                : new DeterministicIntegrator();
        this.taskStore = b.taskStore;
        this.memoryStore = b.memoryStore;
        this.armContext = new EngineArmContext(Optional.ofNullable(b.llm), Optional.ofNullable(b.embeddings),
                memoryStore, b.workspace, clock);
        this.globalBulkhead = new Bulkhead(b.maxConcurrentArmCalls);
        for (Arm a : catalog.arms().values()) {
            bulkheads.put(a.capability().armId(), new Bulkheads(new Bulkhead(a.capability().maxConcurrency()),
                    globalBulkhead));
        }
        if (b.executor != null) {
            this.armExecutor = b.executor;
            this.ownsExecutor = false;
        } else {
            this.armExecutor = ArmExecutors.create(b.maxConcurrentArmCalls, b.virtualThreads);
            this.ownsExecutor = true;
        }
        this.timer = new ScheduledThreadPoolExecutor(1, ArmExecutors.daemonFactory("octollm-timer-"));
        this.timer.setRemoveOnCancelPolicy(true);
        this.deadlines = new Deadlines(timer, 5);
        this.retryPolicy = b.retryPolicy;
        this.defaultArmTimeout = b.defaultArmTimeout;
        this.armTimeouts = Map.copyOf(b.armTimeouts);
        this.maxQueuedTasks = b.maxQueuedTasks;
        this.spinNanos = b.spin.toNanos();
    }

    /** @return a new builder with the defaults described on each setter */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs a goal with default budget and priority, waiting for the result.
     *
     * @param goal what to achieve
     * @return the result (check {@link TaskResult#status()})
     * @throws IllegalArgumentException if the goal is blank or longer than 10,000 characters
     * @throws EngineOverloadedException if the engine is at capacity
     */
    public TaskResult run(String goal) {
        return submit(TaskContract.of(goal)).join();
    }

    /**
     * Runs a task, waiting for the result.
     *
     * @param contract the task
     * @return the result
     * @throws EngineOverloadedException if the engine is at capacity
     */
    public TaskResult run(TaskContract contract) {
        return submit(contract).join();
    }

    /**
     * Submits a task. The returned future always completes normally with a {@link TaskResult}
     * whose status tells how the task ended.
     *
     * @param contract the task
     * @return its future result
     * @throws EngineOverloadedException if {@code maxQueuedTasks} tasks are already in flight
     * @throws IllegalStateException if the engine is closed
     */
    public CompletableFuture<TaskResult> submit(TaskContract contract) {
        return start(contract).result();
    }

    /**
     * Submits a task and returns a handle that can also cancel it. Submitting a task id that is
     * in flight returns the running task's handle; an id that already finished returns its
     * stored result. A task never runs twice.
     *
     * @param contract the task
     * @return the handle
     * @throws EngineOverloadedException if {@code maxQueuedTasks} tasks are already in flight
     * @throws IllegalStateException if the engine is closed
     */
    public TaskHandle start(TaskContract contract) {
        Objects.requireNonNull(contract, "contract");
        if (closed) {
            throw new IllegalStateException("engine is closed");
        }
        TaskRun existing = runs.get(contract.taskId());
        if (existing != null) {
            return handle(existing);
        }
        if (inFlight.incrementAndGet() > maxQueuedTasks) {
            inFlight.decrementAndGet();
            throw new EngineOverloadedException(maxQueuedTasks);
        }
        Optional<TaskResult> finished = Optional.empty();
        try {
            finished = taskStore.find(contract.taskId()).filter(r -> r.status().isTerminal());
        } catch (StoreException e) {
            LOG.warn("task store {} could not look up task {}: {}", taskStore.name(), contract.taskId(), e.getMessage());
        }
        if (finished.isPresent()) {
            inFlight.decrementAndGet();
            return new TaskHandle(contract.taskId(), CompletableFuture.completedFuture(finished.get()), () -> { });
        }
        Admission admission = admit(contract);
        if (admission.refused() != null) {
            inFlight.decrementAndGet();
            listeners.onSubmitted(contract);
            TaskResult r = admission.refused();
            recorder.increment("tasks", 1, "status", r.status().name().toLowerCase());
            if (admission.stored() != null) {
                try {
                    taskStore.create(admission.stored().contract());
                    taskStore.save(admission.stored().result());
                } catch (RuntimeException e) {
                    LOG.warn("task store {} could not save cached task {}: {}", taskStore.name(), contract.taskId(),
                            e.toString());
                }
                listeners.onCompleted(admission.stored().result());
            } else {
                listeners.onCompleted(r);
            }
            return new TaskHandle(contract.taskId(), CompletableFuture.completedFuture(r), () -> { });
        }
        TaskRun run = new TaskRun(this, admission.contract(), admission);
        TaskRun raced = runs.putIfAbsent(contract.taskId(), run);
        if (raced != null) {
            inFlight.decrementAndGet();
            return handle(raced);
        }
        boolean fresh;
        try {
            fresh = taskStore.create(run.contract);
        } catch (StoreException e) {
            LOG.warn("task store {} could not record task {}: {}", taskStore.name(), contract.taskId(), e.getMessage());
            fresh = true;
        }
        if (!fresh) {
            Optional<TaskResult> stored = Optional.empty();
            try {
                stored = taskStore.find(contract.taskId());
            } catch (StoreException e) {
                LOG.warn("task store {} could not load task {}: {}", taskStore.name(), contract.taskId(), e.getMessage());
            }
            if (stored.isPresent() && stored.get().status().isTerminal()) {
                runs.remove(contract.taskId(), run);
                inFlight.decrementAndGet();
                return new TaskHandle(contract.taskId(), CompletableFuture.completedFuture(stored.get()), () -> { });
            }
        }
        listeners.onSubmitted(run.contract);
        try {
            taskStore.updateStatus(contract.taskId(), TaskStatus.RUNNING);
        } catch (StoreException e) {
            LOG.warn("task store {} could not mark task {} running: {}", taskStore.name(), contract.taskId(),
                    e.getMessage());
        }
        try {
            dispatch(run::start, false);
        } catch (RejectedExecutionException e) {
            run.stop(StopReason.OVERLOADED, "the engine's executor refused the task");
        }
        return handle(run);
    }

    private TaskHandle handle(TaskRun run) {
        return new TaskHandle(run.contract.taskId(), run.future,
                () -> run.stop(StopReason.CANCELLED, "cancelled by the host"));
    }

    /**
     * Cancels a running task by id.
     *
     * @param taskId the task
     * @return true when a running task was found
     */
    public boolean cancel(String taskId) {
        TaskRun run = runs.get(taskId);
        if (run == null) {
            return false;
        }
        run.stop(StopReason.CANCELLED, "cancelled by the host");
        return true;
    }

    /** Called once per task by {@link TaskRun} with its final result. */
    void complete(TaskRun run, TaskResult result) {
        TaskResult forCaller = forCaller(result, run.admission);
        result = forStorage(result);
        if (reflex != null && run.admission.request() != null && result.status() == TaskStatus.COMPLETED
                && !result.output().isEmpty()) {
            try {
                reflex.cacheResponse(run.admission.request(), result.output(), run.admission.flagged());
            } catch (RuntimeException e) {
                LOG.warn("could not cache the answer of task {}: {}", result.taskId(), e.toString());
            }
        }
        try {
            taskStore.save(result);
        } catch (RuntimeException e) {
            LOG.error("task store {} could not save the result of task {}: {}", taskStore.name(), result.taskId(),
                    e.toString());
        }
        try {
            memoryStore.recordHistory(new io.octollm.spi.store.HistoryEntry(result.taskId(), run.contract.userId(),
                    result.goal(), result.status(), summary(result.output()), result.completedAt(), result.duration()));
        } catch (RuntimeException e) {
            LOG.warn("memory store {} could not record the history of task {}: {}", memoryStore.name(), result.taskId(),
                    e.toString());
        }
        listeners.onCompleted(result);
        if (runs.remove(result.taskId(), run)) {
            inFlight.decrementAndGet();
        }
        run.future.complete(forCaller);
    }

    /**
     * The copy that stores, caches, listeners and the history see: PII and secrets in the answer
     * and in every step's output and data replaced by placeholders (unless the host opted in to
     * storing originals).
     */
    private TaskResult forStorage(TaskResult r) {
        if (storeUnredacted || reflex == null || reflex.piiDetector().isEmpty()) {
            return r;
        }
        io.octollm.reflex.pii.PiiDetector d = reflex.piiDetector().get();
        io.octollm.reflex.pii.Redactor red = io.octollm.reflex.pii.Redactor.of(
                io.octollm.reflex.pii.RedactionStrategy.placeholder());
        java.util.function.UnaryOperator<String> scrub = text -> {
            if (text == null || text.isEmpty()) {
                return text;
            }
            List<io.octollm.reflex.Finding> f = d.detect(text);
            return f.isEmpty() ? text : red.redact(text, f).text();
        };
        List<io.octollm.spi.task.StepResult> steps = new ArrayList<>(r.steps().size());
        for (io.octollm.spi.task.StepResult st : r.steps()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) scrubValue(st.data(), scrub);
            steps.add(new io.octollm.spi.task.StepResult(st.stepId(), st.armId(), st.status(), scrub.apply(st.output()),
                    data, st.confidence(), st.attempts(), st.usage(), st.error(), st.startedAt(), st.duration()));
        }
        return new TaskResult(r.taskId(), r.goal(), r.status(), r.stopReason(), r.message(), scrub.apply(r.output()),
                r.plan(), steps, r.provenance(), r.issues(), r.repairRounds(), r.usage(), r.submittedAt(),
                r.completedAt(), r.timings());
    }

    private static Object scrubValue(Object v, java.util.function.UnaryOperator<String> scrub) {
        if (v instanceof String str) {
            return scrub.apply(str);
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, scrubValue(x, scrub)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(scrubValue(x, scrub)));
            return out;
        }
        return v;
    }

    /**
     * What went through the reflex chain: the contract to run (goal redacted), the vault to
     * rehydrate the answer, the reflex request (for the response cache), or a result when the
     * chain refused or answered from the cache.
     */
    record Admission(TaskContract contract, TaskContract original, io.octollm.reflex.RedactionVault vault,
            io.octollm.reflex.ReflexRequest request, boolean flagged, io.octollm.reflex.Complexity complexity,
            TaskResult refused, Stored stored) {
    }

    /** A cached answer to store (redacted) next to what the caller gets. */
    record Stored(TaskContract contract, TaskResult result) {
    }

    private Admission admit(TaskContract contract) {
        if (reflex == null) {
            return new Admission(contract, contract, null, null, false, null, null, null);
        }
        long t0 = System.nanoTime();
        io.octollm.reflex.ReflexRequest req = new io.octollm.reflex.ReflexRequest(contract.goal(),
                contract.tenantId(), contract.userId(), armContext.llm().map(LlmClient::model).orElse(null), null,
                Map.of(), Math.max(1, contract.goal().length() / 4));
        io.octollm.reflex.ReflexOutcome outcome;
        try {
            outcome = reflex.process(req);
        } catch (RuntimeException e) {
            LOG.error("reflex chain failed on task {}", contract.taskId(), e);
            return new Admission(contract, contract, null, null, false, null, refusal(contract,
                    io.octollm.spi.task.StopReason.INTERNAL_ERROR, "the reflex chain failed: " + e), null);
        } finally {
            recorder.recordLatency("reflex", System.nanoTime() - t0);
        }
        for (String other : otherText(contract)) {
            io.octollm.reflex.ReflexOutcome extra = reflex.injectionDetector().map(d -> d.analyze(other))
                    .filter(r -> r.reaches(reflex.injectionPolicy().blockAt()))
                    .<io.octollm.reflex.ReflexOutcome>map(r -> new io.octollm.reflex.ReflexOutcome.Blocked(
                            "prompt injection in the task's constraints, context or criteria", r.findings()))
                    .orElse(null);
            if (extra != null) {
                outcome = extra;
                break;
            }
        }
        if (outcome instanceof io.octollm.reflex.ReflexOutcome.Pass pass) {
            TaskContract run = pass.sanitizedText().equals(contract.goal()) ? contract
                    : contract.toBuilder().goal(pass.sanitizedText()).build();
            return new Admission(run, contract, pass.vault(), req, pass.flagged(), pass.complexity(), null, null);
        }
        if (outcome instanceof io.octollm.reflex.ReflexOutcome.Cached cached) {
            recorder.increment("cache.hits", 1);
            io.octollm.reflex.RedactionVault vault = vaultFor(contract.goal());
            TaskContract redacted = vault.isEmpty() ? contract
                    : contract.toBuilder().goal(redactedGoal(contract.goal())).build();
            java.time.Instant now = clock.instant();
            TaskResult stored = new TaskResult(contract.taskId(), redacted.goal(), TaskStatus.COMPLETED,
                    io.octollm.spi.task.StopReason.CACHED, "answered from the response cache", cached.response(), null,
                    List.of(), List.of(), List.of(), 0, null, now, now, Map.of("reflex",
                    Duration.ofNanos(System.nanoTime() - t0)));
            TaskResult caller = rehydrate && !vault.isEmpty() ? withOutput(stored, contract.goal(),
                    vault.rehydrate(stored.output())) : stored;
            return new Admission(contract, contract, vault, req, cached.flagged(), null, caller,
                    new Stored(redacted, stored));
        }
        io.octollm.spi.task.StopReason reason;
        String message;
        if (outcome instanceof io.octollm.reflex.ReflexOutcome.Rejected rejected) {
            reason = io.octollm.spi.task.StopReason.VALIDATION;
            message = "the goal was rejected: " + String.join("; ", rejected.errors());
        } else if (outcome instanceof io.octollm.reflex.ReflexOutcome.Throttled throttled) {
            reason = io.octollm.spi.task.StopReason.THROTTLED;
            message = "rate limit reached (" + throttled.dimension() + "); retry after "
                    + throttled.retryAfter().toMillis() + " ms";
        } else {
            io.octollm.reflex.ReflexOutcome.Blocked blocked = (io.octollm.reflex.ReflexOutcome.Blocked) outcome;
            reason = io.octollm.spi.task.StopReason.BLOCKED;
            java.util.Set<String> kinds = new java.util.TreeSet<>();
            blocked.findings().forEach(f -> kinds.add(f.type()));
            message = "blocked by the reflex layer: " + blocked.reason() + (kinds.isEmpty() ? "" : " " + kinds);
        }
        recorder.increment("reflex.refused", 1, "reason", reason.name().toLowerCase());
        return new Admission(contract, contract, null, null, false, null, refusal(contract, reason, message), null);
    }

    private static List<String> otherText(TaskContract c) {
        List<String> out = new ArrayList<>(c.constraints());
        out.addAll(c.acceptanceCriteria());
        out.addAll(c.context().values());
        return out;
    }

    private TaskResult refusal(TaskContract contract, io.octollm.spi.task.StopReason reason, String message) {
        java.time.Instant now = clock.instant();
        return new TaskResult(contract.taskId(), contract.goal(), TaskStatus.REJECTED, reason, message, "", null,
                List.of(), List.of(), List.of(), 0, null, now, now, null);
    }

    private io.octollm.reflex.RedactionVault vaultFor(String text) {
        return reflex.piiDetector().map(d -> io.octollm.reflex.pii.Redactor.of(
                io.octollm.reflex.pii.RedactionStrategy.placeholder()).redact(text, d.detect(text)).vault())
                .orElse(io.octollm.reflex.RedactionVault.empty());
    }

    private String redactedGoal(String text) {
        return reflex.piiDetector().map(d -> io.octollm.reflex.pii.Redactor.of(
                io.octollm.reflex.pii.RedactionStrategy.placeholder()).redact(text, d.detect(text)).text())
                .orElse(text);
    }

    private TaskResult forCaller(TaskResult result, Admission admission) {
        if (!rehydrate || admission.vault() == null || admission.vault().isEmpty()) {
            return result;
        }
        return withOutput(result, admission.original().goal(), admission.vault().rehydrate(result.output()));
    }

    private static TaskResult withOutput(TaskResult r, String goal, String output) {
        return new TaskResult(r.taskId(), goal, r.status(), r.stopReason(), r.message(), output, r.plan(), r.steps(),
                r.provenance(), r.issues(), r.repairRounds(), r.usage(), r.submittedAt(), r.completedAt(), r.timings());
    }

    /** @return the reflex chain every task passes first, if enabled */
    public Optional<io.octollm.reflex.ReflexChain> reflex() {
        return Optional.ofNullable(reflex);
    }

    io.octollm.core.arms.guardian.GuardianArm guardian() {
        return guardian;
    }

    private static String summary(String output) {
        String line = output.strip().lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }

    /** @return the arms this engine routes to, by id */
    public ArmCatalog arms() {
        return catalog;
    }

    /** @return the task store results are saved in */
    public TaskStore taskStore() {
        return taskStore;
    }

    /** @return the memory store arms use */
    public MemoryStore memoryStore() {
        return memoryStore;
    }

    /** @return the in-process measurements (latency histograms per component, counters) */
    public InProcessMetrics metrics() {
        return metrics;
    }

    /**
     * @return measured P50/P95/P99 per component against the configured latency targets
     *     (defaults: the project's targets); a check whose {@code withinBudget} is false is a violation
     */
    public List<PerformanceBudgets.Check> performance() {
        return budgets.check(metrics);
    }

    /** @return number of tasks queued or running */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Stops the engine: no new tasks; running tasks end as CANCELLED; the engine's own threads
     * stop. A host-supplied executor is left running.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (TaskRun run : List.copyOf(runs.values())) {
            run.stop(StopReason.CANCELLED, "the engine was closed");
        }
        deadlines.close();
        if (ownsExecutor) {
            armExecutor.shutdown();
            try {
                if (!armExecutor.awaitTermination(2, TimeUnit.SECONDS)) {
                    armExecutor.shutdownNow();
                }
            } catch (InterruptedException e) {
                armExecutor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs {@code work} on the arm executor. On an engine thread that is already running engine
     * work, the first piece handed over is queued to run right after the current one on the same
     * thread (a trampoline: no recursion, no thread hand-off); further pieces go to the executor so
     * independent steps still run in parallel. The caller's own threads always hand off.
     *
     * @param work what to run
     * @param inlineAllowed whether this piece may run on the current engine thread
     */
    void dispatch(Runnable work, boolean inlineAllowed) {
        dispatch(work, inlineAllowed, false);
    }

    /**
     * @param work what to run
     * @param inlineAllowed whether it may run on the current engine thread after the running piece
     * @param quick the work is known to be short (its arm answers in microseconds): queue it on the
     *     current engine thread even behind other pieces, since handing it to another thread costs
     *     more than running it
     */
    void dispatch(Runnable work, boolean inlineAllowed, boolean quick) {
        java.util.ArrayDeque<Runnable> q = INLINE.get();
        if (inlineAllowed && q != null && (q.isEmpty() || quick)) {
            q.add(work);
            return;
        }
        if (spinNanos > 0 && spinners.get() > 0 && handoff.compareAndSet(null, work)) {
            // an engine thread that just finished is spinning for work: no wake-up needed
            if (spinners.get() == 0 && handoff.compareAndSet(work, null)) {
                armExecutor.execute(() -> drain(work));
            }
            return;
        }
        armExecutor.execute(() -> drain(work));
    }

    /**
     * Runs engine work on the current (engine) thread; when it runs out, spins briefly for work
     * handed over by {@link #dispatch} before giving the thread back, so a quick next task does not
     * pay for waking a parked thread.
     */
    private void drain(Runnable first) {
        java.util.ArrayDeque<Runnable> q = new java.util.ArrayDeque<>(2);
        INLINE.set(q);
        try {
            Runnable r = first;
            while (r != null) {
                while (r != null) {
                    try {
                        r.run();
                    } catch (RuntimeException e) {
                        LOG.error("engine work failed", e);
                    }
                    r = q.poll();
                }
                r = spinForWork();
            }
        } finally {
            INLINE.remove();
        }
    }

    private Runnable spinForWork() {
        if (spinNanos <= 0 || closed) {
            return null;
        }
        if (spinCooldown.get() > 0) {
            spinCooldown.decrementAndGet(); // recent spins found nothing: park instead for a while
            return null;
        }
        if (!spinners.compareAndSet(0, 1)) {
            return null; // one spinning thread at a time: the others' cores stay free for real work
        }
        long end = System.nanoTime() + spinNanos;
        Runnable r = null;
        try {
            while ((r = handoff.getAndSet(null)) == null && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        } finally {
            spinners.decrementAndGet();
        }
        if (r == null) {
            r = handoff.getAndSet(null);
            if (r == null) {
                spinCooldown.set(32);
            }
        }
        return r;
    }

    // package-private accessors for TaskRun
    MetricsRecorder recorder() {
        return recorder;
    }

    boolean swarmByPriority() {
        return swarmByPriority;
    }

    Duration slowTaskThreshold() {
        return slowTaskThreshold;
    }

    /** @return cached plan for a key made by {@link #planKey}, or null */
    io.octollm.spi.task.Plan cachedPlan(String key) {
        return planCache == null ? null : planCache.getIfPresent(key);
    }

    void cachePlan(String key, io.octollm.spi.task.Plan plan) {
        if (planCache != null) {
            planCache.put(key, plan);
        }
    }

    /** Key of the plan cache: goal, constraints, required capabilities and the arm catalogue. */
    String planKey(TaskContract c) {
        return io.octollm.core.internal.Hashes.sha256(c.goal() + '\u0000' + c.constraints() + '\u0000'
                + new java.util.TreeSet<>(c.requiredCapabilities()) + '\u0000' + planner.name() + '\u0000'
                + catalogFingerprint);
    }

    /** Records to the in-process recorder and the host's. */
    private record Both(MetricsRecorder a, MetricsRecorder b) implements MetricsRecorder {
        @Override
        public void recordLatency(String component, long nanos) {
            a.recordLatency(component, nanos);
            b.recordLatency(component, nanos);
        }

        @Override
        public void increment(String counter, long amount, String... tags) {
            a.increment(counter, amount, tags);
            b.increment(counter, amount, tags);
        }
    }

    Clock clock() {
        return clock;
    }

    Deadlines deadlines() {
        return deadlines;
    }

    long spinNanos() {
        return spinNanos;
    }

    AtomicInteger callerSpinners() {
        return callerSpinners;
    }

    ScheduledThreadPoolExecutor timer() {
        return timer;
    }

    ExecutorService armExecutor() {
        return armExecutor;
    }

    Listeners listeners() {
        return listeners;
    }

    Planner planner() {
        return planner;
    }

    PlanValidator validator() {
        return validator;
    }

    ArmCatalog catalog() {
        return catalog;
    }

    List<ArmCapability> plannableArms() {
        return plannable;
    }

    Router router() {
        return router;
    }

    Integrator integrator() {
        return integrator;
    }

    Arm judge() {
        return judge;
    }

    EngineArmContext armContext() {
        return armContext;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    Duration armTimeout(String armId) {
        return armTimeouts.getOrDefault(armId, defaultArmTimeout);
    }

    Bulkheads bulkheads(String armId) {
        Bulkheads b = bulkheads.get(armId);
        return b != null ? b : new Bulkheads(new Bulkhead(1), globalBulkhead);
    }

    /**
     * Assembles an {@link OctoLlm}. Not thread-safe; {@link #build()} returns an immutable,
     * thread-safe engine.
     */
    public static final class Builder {
        private final List<Arm> arms = new ArrayList<>();
        private final List<ArmProvider> providers = new ArrayList<>();
        private final List<TaskListener> listeners = new ArrayList<>();
        private final Map<String, Duration> armTimeouts = new HashMap<>();
        private ComponentLoader componentLoader = ComponentLoader.defaultLoader();
        private boolean discoverArms = true;
        private boolean defaultJudge = true;
        private ArmConfig armConfig = ArmConfig.EMPTY;
        private Planner planner;
        private Integrator integrator;
        private LlmClient llm;
        private EmbeddingModel embeddings;
        private TaskStore taskStore;
        private MemoryStore memoryStore;
        private Clock clock = Clock.systemUTC();
        private ExecutorService executor;
        private boolean virtualThreads = true;
        private Path workspace = Path.of("").toAbsolutePath();
        private int maxConcurrentArmCalls = 256;
        private int maxQueuedTasks = 10_000;
        private int maxPlanSteps = 20;
        private Duration defaultArmTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private CircuitBreaker.Config breakerConfig = CircuitBreaker.Config.DEFAULT;
        private MetricsRecorder metrics;
        private PerformanceBudgets budgets = PerformanceBudgets.defaults();
        private Duration slowTaskThreshold = Duration.ofSeconds(30);
        private int planCacheSize = 1_000;
        private Duration spin = Runtime.getRuntime().availableProcessors() > 1 ? Duration.ofNanos(50_000)
                : Duration.ZERO;
        private boolean swarmByPriority = true;
        private io.octollm.reflex.ReflexChain reflex;
        private boolean reflexOff;
        private io.octollm.core.arms.guardian.GuardianArm guardian;
        private boolean guardianOff;
        private boolean rehydrate = true;
        private boolean storeUnredacted;

        private Builder() {
        }

        /**
         * @param chain the reflex chain every task passes before any work (default
         *     a chain of its own built with {@link io.octollm.reflex.ReflexChain#builder()}: validation, per-user rate limits, response
         *     cache, PII redaction, prompt-injection blocking)
         * @return this
         */
        public Builder reflex(io.octollm.reflex.ReflexChain chain) {
            this.reflex = Objects.requireNonNull(chain, "chain");
            this.reflexOff = false;
            return this;
        }

        /** Runs tasks without the reflex chain (no validation, rate limits, cache, PII redaction). @return this */
        public Builder noReflex() {
            this.reflexOff = true;
            return this;
        }

        /** @param arm the guardian that checks every final answer (default: {@link io.octollm.core.arms.guardian.GuardianArm}) @return this */
        public Builder outputGuardian(io.octollm.core.arms.guardian.GuardianArm arm) {
            this.guardian = Objects.requireNonNull(arm, "arm");
            this.guardianOff = false;
            return this;
        }

        /** Returns answers without the guardian's check. @return this */
        public Builder noOutputGuardian() {
            this.guardianOff = true;
            return this;
        }

        /**
         * @param enabled give the caller the answer with the PII placeholders of its own goal restored
         *     (default true); stores, caches, listeners and logs always see the redacted answer
         * @return this
         */
        public Builder rehydrate(boolean enabled) {
            this.rehydrate = enabled;
            return this;
        }

        /**
         * @param enabled store, cache and report answers and step outputs with their PII as it is (default
         *     false: PII and secrets are replaced by placeholders before anything is persisted or logged)
         * @return this
         */
        public Builder storeUnredacted(boolean enabled) {
            this.storeUnredacted = enabled;
            return this;
        }

        /**
         * @param enabled run HIGH-priority steps as 3 variants and CRITICAL as 5, aggregated (default true;
         *     arms tagged {@code tool_execution} never run more than once unless a step sets {@code quorum})
         * @return this
         */
        public Builder swarmByPriority(boolean enabled) {
            this.swarmByPriority = enabled;
            return this;
        }

        /**
         * @param spin how long an engine thread that ran out of work spins for the next piece before it
         *     parks, and how long a caller waiting on a result spins before it parks (default 50 µs on
         *     multi-core machines, 0 on one core; 0 turns spinning off). Trades a little CPU for
         *     not paying a thread wake-up on quick tasks.
         * @return this
         */
        public Builder spin(Duration spin) {
            Objects.requireNonNull(spin, "spin");
            if (spin.isNegative() || spin.compareTo(Duration.ofMillis(10)) > 0) {
                throw new IllegalArgumentException("spin must be in 0..10ms, was " + spin);
            }
            this.spin = spin;
            return this;
        }

        /**
         * @param entries plans kept, keyed by a hash of goal, constraints and the arm catalogue, for an
         *     hour (default 1,000; 0 disables the cache)
         * @return this
         */
        public Builder planCacheSize(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("planCacheSize must be >= 0, was " + entries);
            }
            this.planCacheSize = entries;
            return this;
        }

        /**
         * @param recorder also receive every measurement (for example {@code new MicrometerMetrics(registry)});
         *     the in-process recorder behind {@link OctoLlm#metrics()} always runs. Exceptions it throws are
         *     logged and ignored.
         * @return this
         */
        public Builder metrics(MetricsRecorder recorder) {
            this.metrics = Objects.requireNonNull(recorder, "recorder");
            return this;
        }

        /** @param budgets latency targets for {@link OctoLlm#performance()} (default: the project's) @return this */
        public Builder performanceBudgets(PerformanceBudgets budgets) {
            this.budgets = Objects.requireNonNull(budgets, "budgets");
            return this;
        }

        /** @param threshold a task slower than this is logged once at WARN with its timing per step (default 30 s) @return this */
        public Builder slowTaskThreshold(Duration threshold) {
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("threshold must not be negative, was " + threshold);
            }
            this.slowTaskThreshold = threshold;
            return this;
        }

        /** @param arm an arm to route to (in addition to discovered ones) @return this */
        public Builder arm(Arm arm) {
            arms.add(Objects.requireNonNull(arm, "arm"));
            return this;
        }

        /** @param provider a provider whose arm to add, as if discovered @return this */
        public Builder armProvider(ArmProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** @param loader how to find {@link ArmProvider}s (default: ServiceLoader on the context class loader) @return this */
        public Builder componentLoader(ComponentLoader loader) {
            this.componentLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** @param discover whether to load {@link ArmProvider}s through the component loader (default true) @return this */
        public Builder discoverArms(boolean discover) {
            this.discoverArms = discover;
            return this;
        }

        /** @param enabled add the rule judge when no arm is tagged {@code result_validation} (default true) @return this */
        public Builder defaultJudge(boolean enabled) {
            this.defaultJudge = enabled;
            return this;
        }

        /** @param config settings handed to every arm provider @return this */
        public Builder armConfig(ArmConfig config) {
            this.armConfig = Objects.requireNonNull(config, "config");
            return this;
        }

        /** @param planner the planner (default: {@link io.octollm.core.plan.LlmPlanner} with an LLM, else {@link HeuristicPlanner}) @return this */
        public Builder planner(Planner planner) {
            this.planner = Objects.requireNonNull(planner, "planner");
            return this;
        }

        /** @param integrator the integrator (default: {@link io.octollm.core.integrate.LlmIntegrator} with an LLM, else {@link DeterministicIntegrator}) @return this */
        public Builder integrator(Integrator integrator) {
            this.integrator = Objects.requireNonNull(integrator, "integrator");
            return this;
        }

        /** @param llm the chat model arms may use (default: none) @return this */
        public Builder llm(LlmClient llm) {
            this.llm = Objects.requireNonNull(llm, "llm");
            return this;
        }

        /** @param embeddings the embedding model (default: none) @return this */
        public Builder embeddings(EmbeddingModel embeddings) {
            this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
            return this;
        }

        /** @param store where results are saved (default: in memory, newest 10,000) @return this */
        public Builder taskStore(TaskStore store) {
            this.taskStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param store the memory arms read and write (default: in memory) @return this */
        public Builder memoryStore(MemoryStore store) {
            this.memoryStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param listener receives progress events @return this */
        public Builder listener(TaskListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** @param clock time source (default: system UTC) @return this */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param executor runs arm calls (default: the engine's own; virtual threads on Java 21+).
         *     It must not be a shared common pool, and it is not shut down by {@link OctoLlm#close()}.
         * @return this
         */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** @param enabled use virtual threads on Java 21+ for the engine's own executor (default true) @return this */
        public Builder virtualThreads(boolean enabled) {
            this.virtualThreads = enabled;
            return this;
        }

        /** @param dir directory arms work in (default: the current directory) @return this */
        public Builder workspace(Path dir) {
            this.workspace = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
            return this;
        }

        /** @param n arm calls running at once across all tasks, 1..100,000 (default 256) @return this */
        public Builder maxConcurrentArmCalls(int n) {
            if (n < 1 || n > 100_000) {
                throw new IllegalArgumentException("maxConcurrentArmCalls must be in 1..100000, was " + n);
            }
            this.maxConcurrentArmCalls = n;
            return this;
        }

        /** @param n tasks queued or running at once before {@code submit} refuses, at least 1 (default 10,000) @return this */
        public Builder maxQueuedTasks(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxQueuedTasks must be >= 1, was " + n);
            }
            this.maxQueuedTasks = n;
            return this;
        }

        /** @param n the most steps a plan may have, at least 1 (default 20) @return this */
        public Builder maxPlanSteps(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxPlanSteps must be >= 1, was " + n);
            }
            this.maxPlanSteps = n;
            return this;
        }

        /** @param timeout per-call timeout for arms without their own (default 60 s) @return this */
        public Builder defaultArmTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.defaultArmTimeout = timeout;
            return this;
        }

        /** @param armId arm @param timeout its per-call timeout @return this */
        public Builder armTimeout(String armId, Duration timeout) {
            Objects.requireNonNull(armId, "armId");
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            armTimeouts.put(armId, timeout);
            return this;
        }

        /** @param policy backoff for retryable errors (default {@link RetryPolicy#DEFAULT}) @return this */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** @param config per-arm circuit breaker thresholds (default 5 / 60 s / 3) @return this */
        public Builder circuitBreaker(CircuitBreaker.Config config) {
            this.breakerConfig = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * @return the engine
         * @throws io.octollm.spi.ConfigurationException when arms conflict (duplicate ids)
         */
        public OctoLlm build() {
            if (taskStore == null) {
                taskStore = new InMemoryTaskStore(10_000);
            }
            if (memoryStore == null) {
                memoryStore = new InMemoryMemoryStore();
            }
            return new OctoLlm(this);
        }
    }
}
