package io.octollm.spi.llm;

import java.util.Objects;

/**
 * One chat message.
 *
 * @param role author
 * @param content text
 */
public record ChatMessage(Role role, String content) {
    /** Requires both. */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /** @param content text @return a system message */
    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content);
    }

    /** @param content text @return a user message */
    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    /** @param content text @return an assistant message */
    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
