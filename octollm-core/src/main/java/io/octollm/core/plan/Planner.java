package io.octollm.core.plan;

import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.TaskContract;
import java.util.List;

/**
 * Turns a task into a plan. Implementations are thread-safe.
 */
public interface Planner {
    /** @return a short name recorded as the plan's source and in provenance */
    String name();

    /**
     * @param contract the task
     * @param arms the arms that can run steps (the judge is not among them)
     * @param feedback validation errors of the previous attempt, empty on the first call
     * @return a plan (the engine validates it)
     * @throws PlanningException when no plan can be made; the message says why
     */
    Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback);

    /**
     * @return true when the planner uses {@link TaskMemory}; the engine then looks it up
     *     (concurrently) before planning. Default false: nothing is fetched.
     */
    default boolean wantsMemory() {
        return false;
    }

    /**
     * Plans with what the engine knows about the user and the goal. The default ignores the memory.
     *
     * @param contract the task
     * @param arms the arms that can run steps
     * @param feedback validation errors of the previous attempt
     * @param memory history, related documents and parent result
     * @return a plan
     * @throws PlanningException when no plan can be made
     */
    default Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback, TaskMemory memory) {
        return plan(contract, arms, feedback);
    }

    /**
     * Plans and reports what planning cost; planners that call a model override this so the
     * tokens count against the task's budget. The default wraps
     * {@link #plan(TaskContract, List, List, TaskMemory)} with no usage.
     *
     * @param contract the task
     * @param arms the arms that can run steps
     * @param feedback validation errors of the previous attempt
     * @param memory history, related documents and parent result
     * @return the plan and its cost
     * @throws PlanningException when no plan can be made
     */
    default PlanResult planWithUsage(TaskContract contract, List<ArmCapability> arms, List<String> feedback,
            TaskMemory memory) {
        return new PlanResult(plan(contract, arms, feedback, memory), null, null, 0);
    }
}
