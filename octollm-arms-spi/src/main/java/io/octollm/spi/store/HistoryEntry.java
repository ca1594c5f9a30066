package io.octollm.spi.store;

import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One finished task in the history the arms can learn from.
 *
 * @param taskId task id
 * @param userId user, or null
 * @param goal goal (redacted)
 * @param status final status
 * @param summary a short summary of the answer
 * @param createdAt when it ended
 * @param duration how long it took
 */
public record HistoryEntry(String taskId, String userId, String goal, TaskStatus status, String summary,
        Instant createdAt, Duration duration) {
    /** Requires id, goal, status and time. */
    public HistoryEntry {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        summary = summary == null ? "" : summary;
        duration = duration == null ? Duration.ZERO : duration;
    }
}
