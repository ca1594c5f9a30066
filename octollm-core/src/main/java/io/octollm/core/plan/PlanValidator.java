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
        return validate(plan, catalog, null);
    }

    /**
     * Also checks the plan's estimates against the budget: the sum of the steps'
     * {@code estimated_cost_usd} parameters must fit {@code maxCostUsd}, and the longest
     * dependency path of {@code estimated_duration_seconds} must fit {@code maxDuration}. Steps
     * without estimates count as zero.
     *
     * @param plan the plan
     * @param catalog the arms available
     * @param budget the task's budget, or null to skip the estimate check
     * @return every problem found; empty when the plan is valid
     */
    public List<String> validate(Plan plan, ArmCatalog catalog, io.octollm.spi.task.Budget budget) {
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
        if (budget != null && errors.isEmpty()) {
            double cost = 0;
            Map<String, Double> finish = new HashMap<>();
            double longest = 0;
            for (PlanStep s : steps) {
                cost += number(s.parameters().get("estimated_cost_usd"));
                double start = 0;
                for (String d : s.dependsOn()) {
                    start = Math.max(start, finish.getOrDefault(d, 0.0));
                }
                double end = start + number(s.parameters().get("estimated_duration_seconds"));
                finish.put(s.id(), end);
                longest = Math.max(longest, end);
            }
            if (cost > budget.maxCostUsd()) {
                errors.add(String.format(java.util.Locale.ROOT,
                        "the plan's estimated cost $%.4f exceeds the budget of $%.4f", cost, budget.maxCostUsd()));
            }
            if (longest > budget.maxDuration().toMillis() / 1000.0) {
                errors.add(String.format(java.util.Locale.ROOT,
                        "the plan's estimated duration %.1f s exceeds the budget of %.1f s", longest,
                        budget.maxDuration().toMillis() / 1000.0));
            }
        }
        return errors;
    }

    private static double number(Object v) {
        if (v == null) {
            return 0;
        }
        try {
            double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
            return d > 0 && Double.isFinite(d) ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
