package io.octollm.spi.task;

/**
 * Filter for listing tasks, newest first.
 *
 * @param status only tasks in this status, or null for all
 * @param userId only tasks of this user, or null for all
 * @param limit at most this many rows, 1..10,000
 */
public record TaskQuery(TaskStatus status, String userId, int limit) {
    /** Validates the limit. */
    public TaskQuery {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be in 1..10000, was " + limit);
        }
    }

    /** @return the 100 newest tasks of any status */
    public static TaskQuery recent() {
        return new TaskQuery(null, null, 100);
    }
}
