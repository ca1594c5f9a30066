package io.octollm.core;

import io.octollm.spi.arm.ArmError;
import io.octollm.spi.task.JudgeIssue;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to the host's listeners; a listener that throws is logged and skipped. */
final class Listeners implements TaskListener {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private final List<TaskListener> listeners;

    Listeners(List<TaskListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    private void each(String event, Consumer<TaskListener> call) {
        for (TaskListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("task listener {} threw on {}; ignored: {}", l.getClass().getName(), event, e.toString());
            }
        }
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public void onSubmitted(TaskContract contract) {
        each("submitted", l -> l.onSubmitted(contract));
    }

    @Override
    public void onPlanned(String taskId, Plan plan) {
        each("planned", l -> l.onPlanned(taskId, plan));
    }

    @Override
    public void onStepStarted(String taskId, PlanStep step, String armId, int attempt) {
        each("step started", l -> l.onStepStarted(taskId, step, armId, attempt));
    }

    @Override
    public void onStepRetried(String taskId, PlanStep step, ArmError error, Duration delay) {
        each("step retried", l -> l.onStepRetried(taskId, step, error, delay));
    }

    @Override
    public void onStepFinished(String taskId, StepResult result) {
        each("step finished", l -> l.onStepFinished(taskId, result));
    }

    @Override
    public void onJudged(String taskId, boolean valid, List<JudgeIssue> issues, int round) {
        each("judged", l -> l.onJudged(taskId, valid, issues, round));
    }

    @Override
    public void onRepairing(String taskId, int round, List<String> stepIds) {
        each("repairing", l -> l.onRepairing(taskId, round, stepIds));
    }

    @Override
    public void onCompleted(TaskResult result) {
        each("completed", l -> l.onCompleted(result));
    }
}
