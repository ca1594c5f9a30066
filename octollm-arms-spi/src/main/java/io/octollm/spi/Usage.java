package io.octollm.spi;

/**
 * Resources consumed by an LLM call, an arm call or a whole task.
 *
 * @param promptTokens tokens sent to a model, {@code >= 0}
 * @param completionTokens tokens produced by a model, {@code >= 0}
 * @param costUsd money spent in US dollars, {@code >= 0}
 */
public record Usage(long promptTokens, long completionTokens, double costUsd) {
    /** No usage at all. */
    public static final Usage ZERO = new Usage(0, 0, 0.0);

    /** Validates that every figure is non-negative and the cost is finite. */
    public Usage {
        if (promptTokens < 0) {
            throw new IllegalArgumentException("promptTokens must be >= 0, was " + promptTokens);
        }
        if (completionTokens < 0) {
            throw new IllegalArgumentException("completionTokens must be >= 0, was " + completionTokens);
        }
        if (!(costUsd >= 0) || Double.isInfinite(costUsd)) {
            throw new IllegalArgumentException("costUsd must be a finite number >= 0, was " + costUsd);
        }
    }

    /** @return prompt plus completion tokens */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    /**
     * @param other usage to add
     * @return the element-wise sum
     */
    public Usage plus(Usage other) {
        if (other == null || other == ZERO) {
            return this;
        }
        if (this == ZERO) {
            return other;
        }
        return new Usage(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
                costUsd + other.costUsd);
    }
}
