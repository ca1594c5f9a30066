package io.octollm.core.arms.guardian;

/** Risk of a guardian issue, ordered; the highest decides the action. JSON: lower-case. */
public enum Risk {
    /** Nothing found. */
    NONE,
    /** Pass with a warning. */
    LOW,
    /** Pass with redaction. */
    MEDIUM,
    /** Block. */
    HIGH,
    /** Block. */
    CRITICAL
}
