package io.octollm.spi.llm;

/**
 * Receives a streamed chat completion. Callbacks arrive on one thread at a time, in order;
 * exactly one of {@link #onComplete} or {@link #onError} ends the stream.
 */
public interface ChatStreamListener {
    /** @param delta the next piece of text */
    void onDelta(String delta);

    /** @param response the whole answer with its usage */
    void onComplete(ChatResponse response);

    /** @param error why the stream failed */
    void onError(LlmException error);
}
