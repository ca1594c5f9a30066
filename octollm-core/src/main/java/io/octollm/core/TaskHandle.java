package io.octollm.core;

import io.octollm.spi.task.TaskResult;
import java.util.concurrent.CompletableFuture;

/**
 * A running task: its id, its future result, and a way to stop it. Thread-safe.
 */
public final class TaskHandle {
    private final String taskId;
    private final CompletableFuture<TaskResult> result;
    private final Runnable canceller;

    TaskHandle(String taskId, CompletableFuture<TaskResult> result, Runnable canceller) {
        this.taskId = taskId;
        this.result = result;
        this.canceller = canceller;
    }

    /** @return the task id */
    public String taskId() {
        return taskId;
    }

    /**
     * @return a future completed with the task's result; it always completes normally, with a
     *     status saying how the task ended (cancelling this future does not stop the task: use
     *     {@link #cancel()})
     */
    public CompletableFuture<TaskResult> result() {
        return result;
    }

    /**
     * Stops the task: running arm calls are interrupted, pending steps never start, and the
     * result ends as CANCELLED. No effect on a finished task.
     */
    public void cancel() {
        canceller.run();
    }

    /** @return the result, waiting for it */
    public TaskResult join() {
        return result.join();
    }
}
