package io.octollm.core.integrate;

import io.octollm.spi.task.Plan;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import java.util.List;

/** Assembles the final answer from step results. Implementations are thread-safe. */
public interface Integrator {
    /**
     * @param contract the task
     * @param plan the plan that ran
     * @param results every step's result, in plan order (all succeeded)
     * @return the final answer
     */
    String integrate(TaskContract contract, Plan plan, List<StepResult> results);

    /**
     * Integrates and reports what it cost; integrators that call a model override this. The
     * default wraps {@link #integrate} with no usage.
     *
     * @param contract the task
     * @param plan the plan that ran
     * @param results every step's result, in plan order
     * @return the answer and its cost
     */
    default Integrated integrateWithUsage(TaskContract contract, Plan plan, List<StepResult> results) {
        return new Integrated(integrate(contract, plan, results), null, null);
    }
}
