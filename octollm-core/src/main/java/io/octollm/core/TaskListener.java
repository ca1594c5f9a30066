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

/**
 * Receives a task's progress events. Every method has an empty default. Calls come from engine
 * threads, possibly concurrently for different steps, so implementations must be thread-safe.
 * An exception thrown here is logged and never fails the task.
 */
public interface TaskListener {
    /** @param contract the task the engine accepted */
    default void onSubmitted(TaskContract contract) {
    }

    /** @param taskId task @param plan the plan about to run */
    default void onPlanned(String taskId, Plan plan) {
    }

    /** @param taskId task @param step step @param armId arm chosen @param attempt 1-based attempt */
    default void onStepStarted(String taskId, PlanStep step, String armId, int attempt) {
    }

    /** @param taskId task @param step step @param error why the attempt failed @param delay wait before the retry */
    default void onStepRetried(String taskId, PlanStep step, ArmError error, Duration delay) {
    }

    /** @param taskId task @param result the step's final result */
    default void onStepFinished(String taskId, StepResult result) {
    }

    /** @param taskId task @param valid verdict @param issues the judge's issues @param round 0 for the first verdict */
    default void onJudged(String taskId, boolean valid, List<JudgeIssue> issues, int round) {
    }

    /** @param taskId task @param round repair round, 1-based @param stepIds steps run again */
    default void onRepairing(String taskId, int round, List<String> stepIds) {
    }

    /** @param result the final result */
    default void onCompleted(TaskResult result) {
    }
}
