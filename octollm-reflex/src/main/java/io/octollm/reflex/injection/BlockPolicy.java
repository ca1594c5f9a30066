package io.octollm.reflex.injection;

import io.octollm.reflex.Severity;
import java.util.Objects;

/**
 * What the chain does with injection findings: block at or above {@code blockAt}, flag (pass, but
 * mark the outcome) at or above {@code flagAt}. The default blocks CRITICAL and flags HIGH.
 *
 * @param blockAt the lowest severity that blocks
 * @param flagAt the lowest severity that flags; not above {@code blockAt}
 */
public record BlockPolicy(Severity blockAt, Severity flagAt) {
    /** The default: block CRITICAL, flag HIGH. */
    public static final BlockPolicy DEFAULT = new BlockPolicy(Severity.CRITICAL, Severity.HIGH);

    /**
     * @throws IllegalArgumentException when {@code flagAt} is above {@code blockAt}
     */
    public BlockPolicy {
        Objects.requireNonNull(blockAt, "blockAt");
        Objects.requireNonNull(flagAt, "flagAt");
        if (flagAt.compareTo(blockAt) > 0) {
            throw new IllegalArgumentException("flagAt (" + flagAt + ") must not be above blockAt (" + blockAt + ")");
        }
    }
}
