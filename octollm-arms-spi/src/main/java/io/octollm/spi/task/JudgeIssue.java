package io.octollm.spi.task;

import java.util.Objects;

/**
 * A problem the judge found with an answer.
 *
 * @param severity {@code "error"} fails the verdict; {@code "warning"} and {@code "info"} do not
 * @param type what kind of check found it, e.g. {@code "empty"}, {@code "criterion"}, {@code "schema"}
 * @param message what is wrong
 * @param suggestion how a repair could fix it (may be empty)
 * @param stepId the step whose output is at fault, or null for the integrated answer
 */
public record JudgeIssue(String severity, String type, String message, String suggestion, String stepId) {
    /** Requires severity, type and message. */
    public JudgeIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
    }

    /** @return true when this issue fails the verdict */
    public boolean isError() {
        return "error".equals(severity);
    }
}
