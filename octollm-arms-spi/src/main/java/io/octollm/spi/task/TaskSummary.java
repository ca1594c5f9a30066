package io.octollm.spi.task;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a task listing: enough to show and filter, without steps or provenance.
 *
 * @param taskId id
 * @param goal goal (possibly redacted)
 * @param status current status
 * @param priority priority
 * @param userId user, or null
 * @param createdAt when it was stored first
 * @param updatedAt when it last changed
 */
public record TaskSummary(String taskId, String goal, TaskStatus status, Priority priority, String userId,
        Instant createdAt, Instant updatedAt) {
    /** Requires id, status and times. */
    public TaskSummary {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        goal = goal == null ? "" : goal;
        priority = priority == null ? Priority.MEDIUM : priority;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }
}
