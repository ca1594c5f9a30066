package io.octollm.core.testing;

import io.octollm.core.TaskListener;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.task.JudgeIssue;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records events as short strings, e.g. {@code "started s1 a 1"}. */
public final class RecordingListener implements TaskListener {
    public final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onSubmitted(TaskContract contract) {
        events.add("submitted " + contract.taskId());
    }

    @Override
    public void onPlanned(String taskId, Plan plan) {
        events.add("planned " + plan.steps().size());
    }

    @Override
    public void onStepStarted(String taskId, PlanStep step, String armId, int attempt) {
        events.add("started " + step.id() + " " + armId + " " + attempt);
    }

    @Override
    public void onStepRetried(String taskId, PlanStep step, ArmError error, Duration delay) {
        events.add("retried " + step.id() + " " + error.code());
    }

    @Override
    public void onStepFinished(String taskId, StepResult result) {
        events.add("finished " + result.stepId() + " " + result.status());
    }

    @Override
    public void onJudged(String taskId, boolean valid, List<JudgeIssue> issues, int round) {
        events.add("judged " + valid + " " + round);
    }

    @Override
    public void onRepairing(String taskId, int round, List<String> stepIds) {
        events.add("repairing " + round + " " + stepIds);
    }

    @Override
    public void onCompleted(TaskResult result) {
        events.add("completed " + result.status());
    }
}
