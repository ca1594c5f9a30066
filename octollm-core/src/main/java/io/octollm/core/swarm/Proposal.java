package io.octollm.core.swarm;

import java.util.Objects;

/**
 * One variant's answer.
 *
 * @param armId the arm that answered
 * @param variant 0-based variant index
 * @param output its text
 * @param confidence its confidence 0..1
 */
public record Proposal(String armId, int variant, String output, double confidence) {
    /** Requires arm and output. */
    public Proposal {
        Objects.requireNonNull(armId, "armId");
        Objects.requireNonNull(output, "output");
    }
}
