package io.octollm.reflex.validate;

/**
 * Limits applied by {@link InputValidator}.
 *
 * @param maxTextChars longest accepted text in Java chars (default 100,000)
 * @param maxIdChars longest tenant, user or model id (default 128)
 * @param maxMetadataEntries most metadata entries (default 50)
 * @param maxMetadataValueChars longest metadata key or value (default 1,024)
 * @param maxSystemPromptChars longest system prompt (default 100,000)
 */
public record ValidationLimits(int maxTextChars, int maxIdChars, int maxMetadataEntries, int maxMetadataValueChars,
                               int maxSystemPromptChars) {
    /** The defaults. */
    public static final ValidationLimits DEFAULTS = new ValidationLimits(100_000, 128, 50, 1_024, 100_000);

    /** @throws IllegalArgumentException for a non-positive limit */
    public ValidationLimits {
        if (maxTextChars < 1 || maxIdChars < 1 || maxMetadataEntries < 0 || maxMetadataValueChars < 1
                || maxSystemPromptChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * @param chars the new text limit, positive
     * @return a copy with another text limit
     */
    public ValidationLimits withMaxTextChars(int chars) {
        return new ValidationLimits(chars, maxIdChars, maxMetadataEntries, maxMetadataValueChars, maxSystemPromptChars);
    }
}
