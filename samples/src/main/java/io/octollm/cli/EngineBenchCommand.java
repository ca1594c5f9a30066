package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.core.EngineOverloadedException;
import io.octollm.core.json.TaskJson;
import io.octollm.core.plan.Planner;
import io.octollm.core.schedule.CircuitBreaker;
import io.octollm.core.schedule.RetryPolicy;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code octollm bench engine}: the real engine with synthetic arms under a closed-loop load;
 * prints one JSON line. Overhead is task latency minus the arm time on the critical path.
 */
final class EngineBenchCommand implements Command {
    @Override
    public String name() {
        return "engine";
    }

    @Override
    public String summary() {
        return "the orchestrator with synthetic arms: throughput, latency, overhead, heap";
    }

    @Override
    public String help() {
        return """
                Usage: octollm bench engine [OPTIONS]

                Runs the real engine with synthetic arms and prints one JSON line:
                {"tasks","completed","failed","rejected","lost","tasks_per_s","latency_p50_ms",
                 "latency_p99_ms","overhead_p50_us","overhead_p99_us","heap_peak_mb", ...}
                "lost" counts submitted tasks that ended with no status (must be 0).

                Options:
                  --tasks N             tasks to run after warm-up (default 20000)
                  --steps K             steps per task, 1..20 (default 5)
                  --shape dag|chain     dag: first -> K-2 parallel -> last; chain: one after another (default dag)
                  --arm-latency-ms L    time each arm call takes (default 0)
                  --concurrency C       tasks in flight at once (default 64)
                  --failure-rate F      chance an arm call fails with a retryable error, 0..1 (default 0)
                  --warmup N            tasks run first and not measured (default min(tasks, 5000))""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of(), Set.of("--tasks", "--steps", "--shape", "--arm-latency-ms",
                "--concurrency", "--failure-rate", "--warmup"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        int tasks = a.intOption("--tasks", 20_000, 1, 10_000_000);
        int steps = a.intOption("--steps", 5, 1, 20);
        String shape = a.option("--shape", "dag");
        if (!shape.equals("dag") && !shape.equals("chain")) {
            throw new UsageException("--shape must be dag or chain, was '" + shape + "'");
        }
        int latencyMs = a.intOption("--arm-latency-ms", 0, 0, 60_000);
        int concurrency = a.intOption("--concurrency", 64, 1, 100_000);
        double failureRate = a.doubleOption("--failure-rate", 0, 0, 1);
        int warmup = a.intOption("--warmup", Math.min(tasks, 5_000), 0, 10_000_000);
        Map<String, Object> out = runLoad(tasks, warmup, steps, shape, latencyMs, concurrency, failureRate);
        io.out().println(TaskJson.write(out));
        return ((Number) out.get("lost")).longValue() == 0 ? 0 : 1;
    }

    static Plan plan(int steps, String shape) {
        List<PlanStep> list = new ArrayList<>();
        if (shape.equals("chain") || steps < 3) {
            for (int i = 1; i <= steps; i++) {
                list.add(i == 1 ? PlanStep.of("s1", "step 1", "synthetic")
                        : PlanStep.of("s" + i, "step " + i, "synthetic", "s" + (i - 1)));
            }
        } else {
            list.add(PlanStep.of("s1", "first", "synthetic"));
            String[] middle = new String[steps - 2];
            for (int i = 2; i < steps; i++) {
                list.add(PlanStep.of("s" + i, "middle " + i, "synthetic", "s1"));
                middle[i - 2] = "s" + i;
            }
            list.add(PlanStep.of("s" + steps, "last", "synthetic", middle));
        }
        return new Plan(list, "benchmark", "host");
    }

    static int criticalPathLevels(int steps, String shape) {
        return shape.equals("chain") || steps < 3 ? steps : 3;
    }

    static Map<String, Object> runLoad(int tasks, int warmup, int steps, String shape, int latencyMs, int concurrency,
            double failureRate) throws InterruptedException {
        Plan plan = plan(steps, shape);
        Planner planner = new Planner() {
            @Override
            public String name() {
                return "benchmark";
            }

            @Override
            public Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback) {
                return plan;
            }
        };
        Arm arm = new SyntheticArm(latencyMs, failureRate);
        int width = Math.max(1, steps - 2);
        // every task is distinct work: the response cache is off so no task is answered from it
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(arm).planner(planner)
                .reflex(io.octollm.reflex.ReflexChain.builder().caching(false).build())
                .maxConcurrentArmCalls(Math.max(256, concurrency * width))
                .maxQueuedTasks(Math.max(10_000, concurrency * 2))
                .retryPolicy(new RetryPolicy(Duration.ofMillis(1), 2.0, Duration.ofMillis(50), 0.5, 1.5))
                // random independent failures are not an unhealthy arm: keep the breaker out of the way
                .circuitBreaker(new CircuitBreaker.Config(1_000, Duration.ofSeconds(1), 3))
                .build()) {
            Budget budget = Budget.DEFAULT.withMaxRetries(10).withMaxSteps(Math.max(20, steps * 11))
                    .withMaxDuration(Duration.ofSeconds(600));
            if (warmup > 0) {
                drive(engine, warmup, concurrency, budget, null, 0);
            }
            System.gc();
            Probes.HeapSampler heap = new Probes.HeapSampler();
            Stats stats = new Stats(tasks);
            long cpu0 = Probes.processCpuNanos();
            long t0 = System.nanoTime();
            drive(engine, tasks, concurrency, budget, stats, (long) criticalPathLevels(steps, shape) * latencyMs * 1_000_000L);
            long elapsed = System.nanoTime() - t0;
            long cpu = Probes.processCpuNanos() - cpu0;
            double heapPeakMb = heap.stopMb();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("tasks", tasks);
            out.put("completed", stats.completed.get());
            out.put("failed", stats.failed.get());
            out.put("rejected", stats.rejected.get());
            out.put("lost", tasks - stats.completed.get() - stats.failed.get() - stats.rejected.get()
                    - stats.otherTerminal.get());
            out.put("failed_without_reason_or_provenance", stats.badFailures.get());
            out.put("tasks_per_s", round(tasks / (elapsed / 1e9)));
            long[] lat = Arrays.copyOf(stats.latencyNanos, stats.count.get());
            long[] over = Arrays.copyOf(stats.overheadNanos, stats.count.get());
            Arrays.sort(lat);
            Arrays.sort(over);
            out.put("latency_p50_ms", round(pct(lat, 0.50) / 1e6));
            out.put("latency_p99_ms", round(pct(lat, 0.99) / 1e6));
            out.put("overhead_p50_us", round(pct(over, 0.50) / 1e3));
            out.put("overhead_p99_us", round(pct(over, 0.99) / 1e3));
            out.put("heap_peak_mb", round(heapPeakMb));
            out.put("cpu_cores_used", cpu < 0 ? -1 : round(cpu / (double) elapsed));
            out.put("ideal_tasks_per_s", latencyMs == 0 ? null
                    : round(concurrency / (criticalPathLevels(steps, shape) * latencyMs / 1000.0)));
            out.put("steps", steps);
            out.put("shape", shape);
            out.put("arm_latency_ms", latencyMs);
            out.put("concurrency", concurrency);
            out.put("failure_rate", failureRate);
            out.put("java", Runtime.version().toString());
            return out;
        }
    }

    private static void drive(OctoLlm engine, int n, int concurrency, Budget budget, Stats stats, long critical)
            throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            slots.acquire();
            long start = System.nanoTime();
            TaskContract c = TaskContract.builder("benchmark task " + i).budget(budget).build();
            try {
                engine.submit(c).whenComplete((r, e) -> {
                    long took = System.nanoTime() - start;
                    if (stats != null) {
                        stats.record(r, took, critical);
                    }
                    slots.release();
                    done.countDown();
                });
            } catch (EngineOverloadedException e) {
                if (stats != null) {
                    stats.rejected.incrementAndGet();
                }
                slots.release();
                done.countDown();
            }
        }
        done.await();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static final class Stats {
        final long[] latencyNanos;
        final long[] overheadNanos;
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final AtomicInteger otherTerminal = new AtomicInteger();
        final AtomicInteger badFailures = new AtomicInteger();

        Stats(int n) {
            latencyNanos = new long[n];
            overheadNanos = new long[n];
        }

        void record(TaskResult r, long took, long critical) {
            if (r == null) {
                return;
            }
            int i = count.getAndIncrement();
            latencyNanos[i] = took;
            overheadNanos[i] = Math.max(0, took - critical);
            if (r.status() == TaskStatus.COMPLETED) {
                completed.incrementAndGet();
            } else if (r.status() == TaskStatus.FAILED) {
                failed.incrementAndGet();
                int attempts = 0;
                for (StepResult s : r.steps()) {
                    attempts += s.attempts();
                }
                long stepRecords = r.provenance().stream().filter(p -> !p.stepId().equals("judge")).count();
                if (r.message().isBlank() || stepRecords != attempts) {
                    badFailures.incrementAndGet();
                }
            } else if (r.status().isTerminal()) {
                otherTerminal.incrementAndGet();
            }
        }
    }

    /** Sleeps for the configured latency and fails at the configured rate with a retryable error. */
    private static final class SyntheticArm implements Arm {
        private static final ArmCapability CAP = ArmCapability.of("synthetic", "benchmark arm",
                Set.of("synthetic"), Set.of(), 1, 100_000);
        private final int latencyMs;
        private final double failureRate;

        SyntheticArm(int latencyMs, double failureRate) {
            this.latencyMs = latencyMs;
            this.failureRate = failureRate;
        }

        @Override
        public ArmCapability capability() {
            return CAP;
        }

        @Override
        public ArmResult execute(ArmRequest request, ArmContext context) {
            if (latencyMs > 0) {
                try {
                    Thread.sleep(latencyMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ArmResult.failure(ArmError.of("INTERRUPTED", ErrorCategory.CANCELLED, "interrupted"));
                }
            }
            if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
                return ArmResult.failure(ArmError.of("SYNTHETIC_FAILURE", ErrorCategory.EXTERNAL, "injected failure"));
            }
            return ArmResult.ok("ok " + request.stepId());
        }
    }
}
