package io.octollm.core.swarm;

import io.octollm.spi.Usage;
import java.time.Duration;
import java.time.Instant;

/**
 * What one swarm variant did, for provenance.
 *
 * @param armId the arm called
 * @param variant 0-based index
 * @param startedAt start
 * @param duration time taken
 * @param success whether it produced a proposal
 * @param errorCode the error when it failed, or null
 * @param output its output ("" on failure)
 * @param confidence its confidence
 * @param usage its usage
 * @param model the model it reported, or null
 */
public record VariantOutcome(String armId, int variant, Instant startedAt, Duration duration, boolean success,
        String errorCode, String output, double confidence, Usage usage, String model) {
}
