package io.octollm.spi.arm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to an arm for one plan step.
 *
 * @param taskId the task
 * @param stepId the step
 * @param instruction what to do (the step's action, plus judge feedback on a repair)
 * @param inputs outputs of the dependency steps, by step id, in plan order
 * @param parameters structured arguments from the plan step
 * @param criteria acceptance criteria for this output
 * @param context the task's context
 * @param deadline when the call must be finished
 * @param remainingTokens tokens left in the task budget
 * @param remainingCostUsd money left in the task budget
 * @param attempt 1 for the first call, 2 for the first retry, ...
 */
public record ArmRequest(String taskId, String stepId, String instruction, Map<String, String> inputs,
        Map<String, Object> parameters, List<String> criteria, Map<String, String> context, Instant deadline,
        long remainingTokens, double remainingCostUsd, int attempt) {

    /** Validates and copies. */
    public ArmRequest {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(deadline, "deadline");
        inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        context = context == null ? Map.of() : Map.copyOf(context);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
    }

    /**
     * @param name parameter name
     * @return the parameter as text, or null when absent
     */
    public String parameter(String name) {
        Object v = parameters.get(name);
        return v == null ? null : v.toString();
    }
}
