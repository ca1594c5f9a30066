package io.octollm.spi.task;

import java.util.List;
import java.util.Objects;

/**
 * A directed acyclic graph of {@link PlanStep}s in forward order: every dependency points to an
 * earlier step. The engine validates this before running (unknown arms, cycles, forward
 * references, step limits) and reports every violation found.
 *
 * @param steps the steps, at least one
 * @param rationale why the planner chose these steps (may be empty)
 * @param source who made the plan: {@code "heuristic"}, {@code "llm"}, {@code "single-step"},
 *     {@code "cache"}, {@code "host"}
 */
public record Plan(List<PlanStep> steps, String rationale, String source) {

    /** Copies the step list and requires at least one step. */
    public Plan {
        Objects.requireNonNull(steps, "steps");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one step");
        }
        rationale = rationale == null ? "" : rationale;
        source = source == null ? "host" : source;
    }

    /** @param id step id @return the step with that id, or null */
    public PlanStep step(String id) {
        for (PlanStep s : steps) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
