package io.octollm.core.integrate;

import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assembles the answer without an LLM: the outputs of the plan's sink steps (those no other
 * step depends on), in plan order. One sink gives its output as it is; several give one section
 * each, headed by the step's action. Thread-safe.
 */
@Singleton
public final class DeterministicIntegrator implements Integrator {

    /** Creates the integrator. */
    @Inject
    public DeterministicIntegrator() {
    }

    @Override
    public String integrate(TaskContract contract, Plan plan, List<StepResult> results) {
        Set<String> used = new HashSet<>();
        for (PlanStep s : plan.steps()) {
            used.addAll(s.dependsOn());
        }
        StringBuilder sb = new StringBuilder();
        int sinks = 0;
        for (PlanStep s : plan.steps()) {
            if (!used.contains(s.id())) {
                sinks++;
            }
        }
        for (PlanStep s : plan.steps()) {
            if (used.contains(s.id())) {
                continue;
            }
            StepResult r = results.stream().filter(x -> x.stepId().equals(s.id())).findFirst().orElse(null);
            if (r == null) {
                continue;
            }
            if (sinks == 1) {
                return r.output();
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append("## ").append(s.action()).append('\n').append(r.output().strip());
        }
        return sb.toString();
    }
}
