package io.octollm.spi.llm;

import io.octollm.spi.Usage;
import java.util.Objects;

/**
 * A chat completion.
 *
 * @param content the answer text
 * @param model the model that answered
 * @param usage tokens and cost
 * @param finishReason why the model stopped ({@code stop}, {@code length}, ...), or empty
 * @param usageEstimated true when the server sent no usage and the tokens are an estimate
 */
public record ChatResponse(String content, String model, Usage usage, String finishReason, boolean usageEstimated) {
    /** Requires content and model. */
    public ChatResponse {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(model, "model");
        usage = usage == null ? Usage.ZERO : usage;
        finishReason = finishReason == null ? "" : finishReason;
    }
}
