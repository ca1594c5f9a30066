package io.octollm.core.plan;

import io.octollm.core.discovery.ArmCatalog;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan before it runs: at most {@code maxSteps} steps, unique ids, every dependency
 * naming an earlier step (which also rules out cycles), and every step routable to a known arm.
 * Thread-safe.
 */
public final class PlanValidator {
    private final int maxSteps;

    /** @param maxSteps the most steps a plan may have, at least 1 */
    public PlanValidator(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, was " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /**
     * @param plan the plan
     * @param catalog the arms available
     * @return every problem found; empty when the plan is valid
     */
    public List<String> validate(Plan plan, ArmCatalog catalog) {
        List<String> errors = new ArrayList<>();
        List<PlanStep> steps = plan.steps();
        if (steps.size() > maxSteps) {
            errors.add("plan has " + steps.size() + " steps, the limit is " + maxSteps);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            if (index.putIfAbsent(s.id(), i) != null) {
                errors.add("step id '" + s.id() + "' is used twice");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            for (String dep : s.dependsOn()) {
                Integer at = index.get(dep);
                if (dep.equals(s.id())) {
                    errors.add("step '" + s.id() + "' depends on itself");
                } else if (at == null) {
                    errors.add("step '" + s.id() + "' depends on unknown step '" + dep + "'");
                } else if (at > i) {
                    errors.add("step '" + s.id() + "' depends on later step '" + dep
                            + "'; dependencies must point to earlier steps");
                }
            }
            if (s.armId() != null) {
                if (catalog.find(s.armId()).isEmpty()) {
                    errors.add("step '" + s.id() + "' names unknown arm '" + s.armId() + "'; known arms: "
                            + catalog.ids());
                }
            } else if (catalog.withTag(s.capability()).isEmpty()) {
                errors.add("step '" + s.id() + "' needs capability '" + s.capability()
                        + "' that no arm declares");
            }
        }
        return errors;
    }
}
