package io.octollm.spi.arm;

import io.octollm.spi.SpiVersion;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an arm declares about itself; used to route plan steps and to bound concurrency.
 *
 * @param armId unique id, lower-case letters, digits and {@code -}, 1..64 characters
 * @param description one sentence for the planner and for {@code octollm arms}
 * @param tags capability tags the router matches (e.g. {@code tool_execution}), at least one
 * @param keywords words in a goal that suggest this arm to the heuristic planner (lower-case)
 * @param costTier 1 (cheap) .. 5 (expensive)
 * @param maxConcurrency calls the engine may run at once on this arm, at least 1
 * @param inputSchema JSON Schema of the expected parameters, or null
 * @param outputSchema JSON Schema of the structured output, or null
 * @param armVersion the arm's own version
 * @param spiVersion the SPI version the arm was built against ({@link SpiVersion#CURRENT})
 */
public record ArmCapability(String armId, String description, Set<String> tags, Set<String> keywords, int costTier,
        int maxConcurrency, String inputSchema, String outputSchema, String armVersion, String spiVersion) {

    /** Validates every field, naming it in the message. */
    public ArmCapability {
        Objects.requireNonNull(armId, "armId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(tags, "tags");
        if (armId.isEmpty() || armId.length() > 64 || !armId.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "armId must be 1..64 lower-case letters, digits or '-', was '" + armId + "'");
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("arm " + armId + ": needs at least one capability tag");
        }
        tags = Set.copyOf(tags);
        keywords = keywords == null ? Set.of() : lower(keywords);
        if (costTier < 1 || costTier > 5) {
            throw new IllegalArgumentException("arm " + armId + ": costTier must be in 1..5, was " + costTier);
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("arm " + armId + ": maxConcurrency must be >= 1, was " + maxConcurrency);
        }
        armVersion = armVersion == null ? "0.0.0" : armVersion;
        spiVersion = spiVersion == null ? SpiVersion.CURRENT : spiVersion;
    }

    private static Set<String> lower(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A capability with no schemas, version 0.1.0 and the current SPI version.
     *
     * @param armId id
     * @param description description
     * @param tags capability tags
     * @param keywords heuristic routing keywords
     * @param costTier 1..5
     * @param maxConcurrency at least 1
     * @return the capability
     */
    public static ArmCapability of(String armId, String description, Set<String> tags, Set<String> keywords,
            int costTier, int maxConcurrency) {
        return new ArmCapability(armId, description, tags, keywords, costTier, maxConcurrency, null, null, "0.1.0",
                SpiVersion.CURRENT);
    }
}
