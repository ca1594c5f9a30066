package io.octollm.reflex;

/**
 * How serious a finding is. Ordered: {@code LOW < MEDIUM < HIGH < CRITICAL}; compare with
 * {@link #atLeast(Severity)}. Immutable and thread-safe.
 */
public enum Severity {
    /** Informational. */
    LOW(2),
    /** Worth recording; not acted on by default. */
    MEDIUM(5),
    /** Flagged by default. */
    HIGH(7),
    /** Blocked by default. */
    CRITICAL(9);

    private final int score;

    Severity(int score) {
        this.score = score;
    }

    /** @return the numeric score of the reference design (2, 5, 7, 9) */
    public int score() {
        return score;
    }

    /**
     * @param other the threshold, not null
     * @return true when this severity is {@code other} or worse
     */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** @return one step less severe ({@code LOW} stays {@code LOW}) */
    public Severity lower() {
        return this == LOW ? LOW : values()[ordinal() - 1];
    }
}
