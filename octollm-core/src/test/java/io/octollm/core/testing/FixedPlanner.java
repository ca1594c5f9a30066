package io.octollm.core.testing;

import io.octollm.core.plan.Planner;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.TaskContract;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Returns the given plans in order (the last one repeats). */
public class FixedPlanner implements Planner {
    private final List<Plan> plans;
    private final AtomicInteger calls = new AtomicInteger();

    public FixedPlanner(Plan... plans) {
        this.plans = List.of(plans);
    }

    public static FixedPlanner of(PlanStep... steps) {
        return new FixedPlanner(new Plan(List.of(steps), "test", "test"));
    }

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public Plan plan(TaskContract contract, List<ArmCapability> arms, List<String> feedback) {
        int n = calls.getAndIncrement();
        return plans.get(Math.min(n, plans.size() - 1));
    }

    public int calls() {
        return calls.get();
    }
}
