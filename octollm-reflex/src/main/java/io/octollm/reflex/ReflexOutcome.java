package io.octollm.reflex;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the reflex chain decided for one request. Exactly one of five records; switch on the type.
 * All are immutable and thread-safe.
 */
public sealed interface ReflexOutcome
        permits ReflexOutcome.Pass, ReflexOutcome.Cached, ReflexOutcome.Blocked,
        ReflexOutcome.Throttled, ReflexOutcome.Rejected {

    /** @return the lower-case wire name: pass, cached, blocked, throttled, rejected */
    String status();

    /**
     * Go on to the LLM with the sanitised text.
     *
     * @param sanitizedText the text with PII replaced as configured (placeholders by default)
     * @param findings every finding (PII, secrets, injection below the block threshold), in
     *     {@link Finding#ORDER}; offsets index the <b>original</b> request text
     * @param vault placeholder → original, to rehydrate the answer
     * @param complexity routing estimate
     * @param flagged true when anything was found (PII, a secret, or an injection at or above the
     *     flag threshold); pass it to {@link ReflexChain#cacheResponse} so the shorter TTL applies
     * @param injectionFlagged true when an injection finding reached the flag threshold
     */
    record Pass(String sanitizedText, List<Finding> findings, RedactionVault vault, Complexity complexity,
                boolean flagged, boolean injectionFlagged) implements ReflexOutcome {
        /** Copies the findings; requires non-null fields. */
        public Pass {
            Objects.requireNonNull(sanitizedText, "sanitizedText");
            findings = List.copyOf(findings);
            Objects.requireNonNull(vault, "vault");
            Objects.requireNonNull(complexity, "complexity");
        }

        @Override
        public String status() {
            return "pass";
        }
    }

    /**
     * A stored response for the same request scope (tenant, model, system prompt, text).
     *
     * @param response the stored response
     * @param flagged whether the original request was flagged when it was cached
     * @param cacheKey the key it was found under
     */
    record Cached(String response, boolean flagged, String cacheKey) implements ReflexOutcome {
        /** Requires a response and key. */
        public Cached {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(cacheKey, "cacheKey");
        }

        @Override
        public String status() {
            return "cached";
        }
    }

    /**
     * Refused because of what the text says (an injection at or above the block threshold).
     *
     * @param reason a message for the user or the logs (never quotes the text)
     * @param findings every finding, in {@link Finding#ORDER}
     */
    record Blocked(String reason, List<Finding> findings) implements ReflexOutcome {
        /** Copies the findings. */
        public Blocked {
            Objects.requireNonNull(reason, "reason");
            findings = List.copyOf(findings);
        }

        @Override
        public String status() {
            return "blocked";
        }
    }

    /**
     * A rate limit denied the request.
     *
     * @param retryAfter exact time until the denying bucket holds enough tokens (one second, a
     *     suggestion, when the bucket store failed and the chain fails closed)
     * @param dimension the dimension that denied ({@code user}, {@code tenant}, {@code global}), or
     *     {@code store-unavailable}
     */
    record Throttled(Duration retryAfter, String dimension) implements ReflexOutcome {
        /** Requires non-negative retry-after. */
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(dimension, "dimension");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must be >= 0");
            }
        }

        @Override
        public String status() {
            return "throttled";
        }
    }

    /**
     * The input is not acceptable (empty, too long, control characters, ...).
     *
     * @param errors one message per problem, each saying what to change
     */
    record Rejected(List<String> errors) implements ReflexOutcome {
        /** Copies the errors; at least one is required. */
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }

        @Override
        public String status() {
            return "rejected";
        }
    }
}
