package io.octollm.spi.llm;

import java.util.List;
import java.util.Objects;

/**
 * A chat completion request.
 *
 * @param model model id, or null for the client's default
 * @param messages the conversation, at least one message
 * @param temperature 0..2, or null for the server default
 * @param maxTokens maximum completion tokens, or null for the server default
 * @param jsonResponse ask for a JSON object answer (and reject a non-JSON one)
 * @param stop stop sequences, at most 4
 */
public record ChatRequest(String model, List<ChatMessage> messages, Double temperature, Integer maxTokens,
        boolean jsonResponse, List<String> stop) {

    /** Validates ranges. */
    public ChatRequest {
        Objects.requireNonNull(messages, "messages");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in 0..2, was " + temperature);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
        }
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (stop.size() > 4) {
            throw new IllegalArgumentException("at most 4 stop sequences, had " + stop.size());
        }
    }

    /**
     * @param messages the conversation
     * @return a request with server defaults
     */
    public static ChatRequest of(ChatMessage... messages) {
        return new ChatRequest(null, List.of(messages), null, null, false, List.of());
    }
}
