package io.octollm.spi.task;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits a task runs under. Crossing any of them stops new work and ends the task with the
 * matching {@link StopReason}.
 *
 * @param maxTokens tokens across all LLM calls, 1..10,000,000
 * @param maxCostUsd money across all calls in US dollars, 0..10,000
 * @param maxDuration wall time from start to result, 1 ms..24 h
 * @param maxRetries retries of failed calls and judge repair rounds, 0..100
 * @param maxSteps arm calls (plan steps, including repairs), 1..1,000
 */
public record Budget(long maxTokens, double maxCostUsd, Duration maxDuration, int maxRetries, int maxSteps) {

    /** 10,000 tokens, $1.00, 120 s, 3 retries, 20 steps. */
    public static final Budget DEFAULT = new Budget(10_000, 1.0, Duration.ofSeconds(120), 3, 20);

    /** Validates every limit, naming the field and the accepted range. */
    public Budget {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxTokens < 1 || maxTokens > 10_000_000) {
            throw new IllegalArgumentException("budget.maxTokens must be in 1..10000000, was " + maxTokens);
        }
        if (!(maxCostUsd >= 0) || maxCostUsd > 10_000) {
            throw new IllegalArgumentException("budget.maxCostUsd must be in 0..10000, was " + maxCostUsd);
        }
        if (maxDuration.compareTo(Duration.ofMillis(1)) < 0 || maxDuration.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("budget.maxDuration must be in 1ms..24h, was " + maxDuration);
        }
        if (maxRetries < 0 || maxRetries > 100) {
            throw new IllegalArgumentException("budget.maxRetries must be in 0..100, was " + maxRetries);
        }
        if (maxSteps < 1 || maxSteps > 1000) {
            throw new IllegalArgumentException("budget.maxSteps must be in 1..1000, was " + maxSteps);
        }
    }

    /** @param tokens new token limit @return a copy with that limit */
    public Budget withMaxTokens(long tokens) {
        return new Budget(tokens, maxCostUsd, maxDuration, maxRetries, maxSteps);
    }

    /** @param cost new cost limit @return a copy with that limit */
    public Budget withMaxCostUsd(double cost) {
        return new Budget(maxTokens, cost, maxDuration, maxRetries, maxSteps);
    }

    /** @param duration new time limit @return a copy with that limit */
    public Budget withMaxDuration(Duration duration) {
        return new Budget(maxTokens, maxCostUsd, duration, maxRetries, maxSteps);
    }

    /** @param retries new retry limit @return a copy with that limit */
    public Budget withMaxRetries(int retries) {
        return new Budget(maxTokens, maxCostUsd, maxDuration, retries, maxSteps);
    }

    /** @param steps new step limit @return a copy with that limit */
    public Budget withMaxSteps(int steps) {
        return new Budget(maxTokens, maxCostUsd, maxDuration, maxRetries, steps);
    }
}
