package io.octollm.spi.task;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a {@link Plan}: what to do, which capability (or explicit arm) does it, which earlier
 * steps it needs, and what its output must satisfy.
 *
 * @param id step id, unique within the plan, 1..64 characters
 * @param action the instruction given to the arm, not blank
 * @param capability capability tag used to route the step, or null when {@code armId} is set
 * @param armId explicit arm id that wins over routing, or null
 * @param dependsOn ids of earlier steps whose outputs this step receives
 * @param criteria acceptance criteria for this step's output
 * @param parameters structured arguments for the arm (JSON-like values: String, Number, Boolean,
 *     List, Map), e.g. {@code command} and {@code args} for the tool executor
 */
public record PlanStep(String id, String action, String capability, String armId, List<String> dependsOn,
        List<String> criteria, Map<String, Object> parameters) {

    /** Validates ids and copies the collections. */
    public PlanStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("step id must be 1..64 non-blank characters, was '" + id + "'");
        }
        if (action.isBlank()) {
            throw new IllegalArgumentException("step " + id + ": action must not be blank");
        }
        if (capability == null && armId == null) {
            throw new IllegalArgumentException("step " + id + ": needs a capability or an armId");
        }
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /**
     * @param id step id
     * @param action instruction
     * @param capability capability tag
     * @param dependsOn earlier step ids
     * @return a step routed by capability, with no criteria or parameters
     */
    public static PlanStep of(String id, String action, String capability, String... dependsOn) {
        return new PlanStep(id, action, capability, null, List.of(dependsOn), List.of(), Map.of());
    }

    /** @param params structured arguments @return a copy with these parameters */
    public PlanStep withParameters(Map<String, Object> params) {
        return new PlanStep(id, action, capability, armId, dependsOn, criteria, params);
    }

    /** @param arm explicit arm id @return a copy pinned to that arm */
    public PlanStep withArmId(String arm) {
        return new PlanStep(id, action, capability, arm, dependsOn, criteria, parameters);
    }
}
