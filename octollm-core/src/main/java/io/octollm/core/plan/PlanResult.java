package io.octollm.core.plan;

import io.octollm.spi.Usage;
import io.octollm.spi.task.Plan;
import java.util.Objects;

/**
 * A plan with what making it cost.
 *
 * @param plan the plan
 * @param usage tokens and cost spent planning
 * @param model the model used, or null
 * @param llmCalls how many model calls it took
 */
public record PlanResult(Plan plan, Usage usage, String model, int llmCalls) {
    /** Requires the plan. */
    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        usage = usage == null ? Usage.ZERO : usage;
    }
}
