package io.octollm.reflex;

import java.util.Map;
import java.util.Objects;

/**
 * One request to run through the reflex chain. Immutable and thread-safe.
 *
 * <p>Only {@code text} and {@code metadata} are required; the ids scope rate limits and the cache.
 * The text itself is not validated here (that is the chain's job, which answers bad text with a
 * {@link ReflexOutcome.Rejected} instead of an exception).
 *
 * @param text the prompt text, not null (may be empty or invalid: the chain rejects it)
 * @param tenantId tenant or client id, nullable
 * @param userId end-user id, nullable
 * @param modelId the model the prompt is for, nullable (part of the cache key)
 * @param systemPrompt the system prompt, nullable (its hash is part of the cache key)
 * @param metadata free-form string metadata, never null (copied)
 * @param estimatedTokens the request's estimated token count for token-per-minute limits;
 *     {@code 0} when unknown (then the cost is counted as 1 request)
 */
public record ReflexRequest(String text, String tenantId, String userId, String modelId,
                            String systemPrompt, Map<String, String> metadata, long estimatedTokens) {

    /**
     * @throws NullPointerException for a null text
     * @throws IllegalArgumentException for negative estimated tokens
     */
    public ReflexRequest {
        Objects.requireNonNull(text, "text");
        metadata = metadata == null || metadata.isEmpty() ? Map.of() : Map.copyOf(metadata);
        if (estimatedTokens < 0) {
            throw new IllegalArgumentException("estimatedTokens must be >= 0, was " + estimatedTokens);
        }
    }

    /**
     * @param text the prompt, not null
     * @return a request with no ids, no metadata and unknown token count
     */
    public static ReflexRequest of(String text) {
        return new ReflexRequest(text, null, null, null, null, Map.of(), 0);
    }

    /**
     * @param newText replacement text, not null
     * @return a copy with another text
     */
    public ReflexRequest withText(String newText) {
        return new ReflexRequest(newText, tenantId, userId, modelId, systemPrompt, metadata, estimatedTokens);
    }

    /**
     * @param tenant tenant id, nullable
     * @param user user id, nullable
     * @return a copy with other ids
     */
    public ReflexRequest withIds(String tenant, String user) {
        return new ReflexRequest(text, tenant, user, modelId, systemPrompt, metadata, estimatedTokens);
    }

    /**
     * @param model model id, nullable
     * @param system system prompt, nullable
     * @return a copy scoped to another model and system prompt
     */
    public ReflexRequest withModel(String model, String system) {
        return new ReflexRequest(text, tenantId, userId, model, system, metadata, estimatedTokens);
    }

    /**
     * @param tokens estimated tokens, {@code >= 0}
     * @return a copy with another token estimate
     */
    public ReflexRequest withEstimatedTokens(long tokens) {
        return new ReflexRequest(text, tenantId, userId, modelId, systemPrompt, metadata, tokens);
    }

    /** Never prints the text or the system prompt, which may hold personal data. */
    @Override
    public String toString() {
        return "ReflexRequest[length=" + text.length() + ", tenantId=" + tenantId + ", userId=" + userId
                + ", modelId=" + modelId + ", estimatedTokens=" + estimatedTokens + "]";
    }
}
