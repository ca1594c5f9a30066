package io.octollm.spi.queue;

import io.octollm.spi.task.TaskContract;
import java.time.Instant;
import java.util.Objects;

/**
 * A task claimed from the queue.
 *
 * @param contract the task
 * @param workerId who holds the lease
 * @param leaseUntil when the lease expires unless renewed
 * @param attempt 1 for the first claim, more after a lease expired
 */
public record QueuedTask(TaskContract contract, String workerId, Instant leaseUntil, int attempt) {
    /** Requires all. */
    public QueuedTask {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }
}
