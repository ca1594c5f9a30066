package io.octollm.spi.queue;

import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import java.time.Duration;
import java.util.Optional;

/**
 * A durable queue of tasks shared by many workers. Thread-safe and, for database queues, correct
 * across processes: a task is held by at most one live lease; a lease that expires makes the task
 * claimable again. Failures are {@link io.octollm.spi.StoreException}s.
 */
public interface TaskQueue {
    /**
     * @param contract task to enqueue; enqueuing an id twice is a no-op
     * @return the task id
     */
    String enqueue(TaskContract contract);

    /**
     * Claims the most urgent claimable task (priority, then age).
     *
     * @param workerId the claiming worker
     * @param lease how long the claim holds without a heartbeat
     * @return the claimed task, or empty when none is claimable
     */
    Optional<QueuedTask> claim(String workerId, Duration lease);

    /**
     * Renews a lease.
     *
     * @param taskId task
     * @param workerId holder
     * @param lease new lease length from now
     * @return false when the worker no longer holds the task (it expired and was taken)
     */
    boolean heartbeat(String taskId, String workerId, Duration lease);

    /**
     * Marks a claimed task done and stores its result, once: a second completion is ignored.
     *
     * @param workerId holder
     * @param result the result
     * @return false when the worker no longer held the task
     */
    boolean complete(String workerId, TaskResult result);

    /**
     * Gives a claimed task back unfinished (for example on shutdown).
     *
     * @param taskId task
     * @param workerId holder
     * @return false when the worker did not hold it
     */
    boolean release(String taskId, String workerId);
}
