package io.octollm.core.schedule;

import io.octollm.core.ArmUnavailableException;
import io.octollm.core.discovery.ArmCatalog;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.task.PlanStep;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Chooses the arm for a step. An explicit arm id in the step wins (and fails fast when that
 * arm's breaker is open). Otherwise every arm declaring the step's capability is scored
 * {@code 0.4 × capability match + 0.2 × availability + 0.3 × historical success + 0.1 × cost
 * efficiency}, arms with an open breaker are left out, and the best wins (ties: arm id).
 * Owns the per-arm circuit breakers and statistics. Thread-safe.
 */
public final class Router {
    private final ArmCatalog catalog;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, ArmStats> stats = new ConcurrentHashMap<>();

    /**
     * @param catalog the arms
     * @param breakerConfig breaker thresholds, one breaker per arm
     * @param clock time source for the breakers
     * @param onTransition breaker transition callback (arm id, state)
     */
    public Router(ArmCatalog catalog, CircuitBreaker.Config breakerConfig, Clock clock,
            BiConsumer<String, CircuitBreaker.State> onTransition) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        for (String id : catalog.ids()) {
            breakers.put(id, new CircuitBreaker(id, breakerConfig, clock, onTransition));
            stats.put(id, new ArmStats());
        }
    }

    /**
     * @param step the step
     * @return the arm to call
     * @throws ArmUnavailableException when no arm can take it now
     */
    public Arm route(PlanStep step) {
        if (step.armId() != null) {
            Arm arm = catalog.find(step.armId()).orElseThrow(() -> new ArmUnavailableException(step.armId(),
                    "step '" + step.id() + "' names unknown arm '" + step.armId() + "'"));
            if (!breaker(step.armId()).allowsCall()) {
                throw new ArmUnavailableException(step.armId(), "circuit breaker is open after repeated failures");
            }
            return arm;
        }
        List<Arm> candidates = catalog.withTag(step.capability());
        if (candidates.isEmpty()) {
            throw new ArmUnavailableException(step.capability(), "no arm declares capability '"
                    + step.capability() + "'; known arms: " + catalog.ids());
        }
        Arm best = null;
        double bestScore = -1;
        for (Arm a : candidates) {
            ArmCapability cap = a.capability();
            CircuitBreaker.State state = breaker(cap.armId()).state();
            if (state == CircuitBreaker.State.OPEN) {
                continue;
            }
            double availability = state == CircuitBreaker.State.CLOSED ? 1.0 : 0.5;
            double costEfficiency = (5 - cap.costTier()) / 4.0;
            double score = 0.4 + 0.2 * availability + 0.3 * stats(cap.armId()).successRate() + 0.1 * costEfficiency;
            if (score > bestScore || (score == bestScore && cap.armId().compareTo(best.capability().armId()) < 0)) {
                best = a;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new ArmUnavailableException(step.capability(), "every arm with capability '" + step.capability()
                    + "' has an open circuit breaker");
        }
        return best;
    }

    /**
     * @param armId arm id
     * @param success whether the call succeeded
     * @param countsForBreaker whether the outcome says something about the arm's health
     *     (validation and policy errors do not)
     */
    public void record(String armId, boolean success, boolean countsForBreaker) {
        stats(armId).record(success);
        if (success) {
            breaker(armId).onSuccess();
        } else if (countsForBreaker) {
            breaker(armId).onFailure();
        }
    }

    /** @param armId arm id @return its breaker */
    public CircuitBreaker breaker(String armId) {
        return breakers.computeIfAbsent(armId, id -> new CircuitBreaker(id, CircuitBreaker.Config.DEFAULT,
                Clock.systemUTC(), null));
    }

    /** @param armId arm id @return its statistics */
    public ArmStats stats(String armId) {
        return stats.computeIfAbsent(armId, id -> new ArmStats());
    }
}
