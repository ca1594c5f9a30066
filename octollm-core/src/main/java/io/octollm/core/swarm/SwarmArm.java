package io.octollm.core.swarm;

import io.octollm.spi.Usage;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one step as {@code size} variants in parallel — variant {@code i} goes to
 * {@code arms[i % arms.size()]} with context {@code variant=approach_<i+1>} and {@code seed=<i>} —
 * drops failed variants and aggregates the rest. The result's data holds {@code swarm} (size,
 * succeeded, consensus, support, aggregation, winner arm) and {@code swarm_variants} (a
 * {@link VariantOutcome} per variant, for provenance). Thread-safe.
 */
public final class SwarmArm implements Arm {
    /** Data key of the per-variant outcomes. */
    public static final String VARIANTS = "swarm_variants";

    private final List<Arm> arms;
    private final int size;
    private final Aggregation aggregation;
    private final ExecutorService executor;

    /**
     * @param arms candidate arms, best first, at least one
     * @param size number of variants, 2..9
     * @param aggregation how to combine
     * @param executor where variants run (the engine's arm executor)
     */
    public SwarmArm(List<Arm> arms, int size, Aggregation aggregation, ExecutorService executor) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("a swarm needs at least one arm");
        }
        if (size < 2 || size > 9) {
            throw new IllegalArgumentException("swarm size must be in 2..9, was " + size);
        }
        this.arms = List.copyOf(arms);
        this.size = size;
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public ArmCapability capability() {
        return arms.get(0).capability();
    }

    @Override
    public ArmResult execute(ArmRequest request, ArmContext context) {
        List<Future<VariantOutcome>> futures = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Arm arm = arms.get(i % arms.size());
            int v = i;
            Map<String, String> ctx = new LinkedHashMap<>(request.context());
            ctx.put("variant", "approach_" + (i + 1));
            ctx.put("seed", Integer.toString(i));
            ArmRequest variantRequest = new ArmRequest(request.taskId(), request.stepId(), request.instruction(),
                    request.inputs(), request.parameters(), request.criteria(), ctx, request.deadline(),
                    request.remainingTokens(), request.remainingCostUsd(), request.attempt());
            futures.add(executor.submit(() -> runVariant(arm, v, variantRequest, context)));
        }
        List<VariantOutcome> outcomes = new ArrayList<>(size);
        try {
            for (int i = 0; i < futures.size(); i++) {
                long waitMs = Math.max(1, Duration.between(Instant.now(), request.deadline()).toMillis());
                try {
                    outcomes.add(futures.get(i).get(waitMs, TimeUnit.MILLISECONDS));
                } catch (ExecutionException | TimeoutException e) {
                    futures.get(i).cancel(true);
                    outcomes.add(new VariantOutcome(arms.get(i % arms.size()).capability().armId(), i, Instant.now(),
                            Duration.ZERO, false, e instanceof TimeoutException ? "EXECUTION_TIMEOUT" : "INTERNAL_ERROR",
                            "", 0, Usage.ZERO, null));
                }
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            return ArmResult.failure(new ArmError("CANCELLED", ErrorCategory.CANCELLED, "swarm interrupted", false,
                    null));
        }
        Usage usage = Usage.ZERO;
        List<Proposal> proposals = new ArrayList<>();
        for (VariantOutcome o : outcomes) {
            usage = usage.plus(o.usage());
            if (o.success()) {
                proposals.add(new Proposal(o.armId(), o.variant(), o.output(), o.confidence()));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VARIANTS, List.copyOf(outcomes));
        if (proposals.isEmpty()) {
            String code = outcomes.isEmpty() ? "NO_VARIANT" : outcomes.get(0).errorCode();
            return new ArmResult(false, "", data, 0, usage, new ArmError(code == null ? "SWARM_FAILED" : code,
                    ErrorCategory.EXTERNAL, "every one of the " + size + " swarm variants failed", true, null), null);
        }
        Aggregator.Result r = Aggregator.aggregate(proposals, aggregation);
        Map<String, Object> swarm = new LinkedHashMap<>();
        swarm.put("size", size);
        swarm.put("succeeded", proposals.size());
        swarm.put("consensus", r.consensus());
        swarm.put("support", r.support());
        swarm.put("low_consensus", r.lowConsensus());
        swarm.put("aggregation", aggregation.name().toLowerCase());
        swarm.put("winner_arm", r.winner().armId());
        data.put("swarm", swarm);
        double confidence = Math.max(0, Math.min(1, r.winner().confidence() * (0.5 + 0.5 * r.support())));
        return new ArmResult(true, r.winner().output(), data, confidence, usage, null, null);
    }

    private static VariantOutcome runVariant(Arm arm, int v, ArmRequest request, ArmContext context) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        ArmResult r;
        try {
            r = arm.execute(request, context);
        } catch (RuntimeException e) {
            r = ArmResult.failure(ArmError.of("INTERNAL_ERROR", ErrorCategory.INTERNAL, e.toString()));
        }
        if (r == null) {
            r = ArmResult.failure(ArmError.of("NULL_RESULT", ErrorCategory.INTERNAL, "arm returned null"));
        }
        return new VariantOutcome(arm.capability().armId(), v, start, Duration.ofNanos(System.nanoTime() - t0),
                r.success(), r.error() == null ? null : r.error().code(), r.output(), r.confidence(), r.usage(),
                r.attributes().get("model"));
    }
}
