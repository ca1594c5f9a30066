package io.octollm.core.llm;

/**
 * What one model costs, in US dollars per 1,000 tokens. Immutable.
 *
 * @param promptPer1k USD per 1,000 prompt tokens, {@code >= 0}
 * @param completionPer1k USD per 1,000 completion tokens, {@code >= 0}
 */
public record ModelPrice(double promptPer1k, double completionPer1k) {
    /**
     * Rejects negative or non-finite prices.
     *
     * @param promptPer1k USD per 1,000 prompt tokens
     * @param completionPer1k USD per 1,000 completion tokens
     */
    public ModelPrice {
        if (!(promptPer1k >= 0) || Double.isInfinite(promptPer1k)) {
            throw new IllegalArgumentException("promptPer1k must be a finite number >= 0, was " + promptPer1k);
        }
        if (!(completionPer1k >= 0) || Double.isInfinite(completionPer1k)) {
            throw new IllegalArgumentException(
                    "completionPer1k must be a finite number >= 0, was " + completionPer1k);
        }
    }

    /**
     * @param promptTokens prompt tokens
     * @param completionTokens completion tokens
     * @return the cost in USD
     */
    public double cost(long promptTokens, long completionTokens) {
        return promptTokens / 1000.0 * promptPer1k + completionTokens / 1000.0 * completionPer1k;
    }
}
