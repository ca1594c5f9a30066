package io.octollm.spi.llm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A chat model. Implementations are thread-safe and share their connections between callers.
 * All methods report failures as {@link LlmException}.
 */
public interface LlmClient {
    /** @return the default model id this client uses */
    String model();

    /**
     * Blocking chat completion.
     *
     * @param request the request
     * @return the completion
     * @throws LlmException on any failure, after the client's own retries
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Asynchronous chat completion. The default runs {@link #chat} on the common pool; HTTP
     * clients should override it with a non-blocking call.
     *
     * @param request the request
     * @return a future completed with the answer or with an {@link LlmException}
     */
    default CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return chat(request);
            } catch (LlmException e) {
                throw new CompletionException(e);
            }
        });
    }

    /**
     * Streams a completion. The default calls {@link #chat} and delivers the answer as one delta.
     *
     * @param request the request
     * @param listener receives deltas, then completion or error
     */
    default void stream(ChatRequest request, ChatStreamListener listener) {
        ChatResponse response;
        try {
            response = chat(request);
        } catch (LlmException e) {
            listener.onError(e);
            return;
        }
        listener.onDelta(response.content());
        listener.onComplete(response);
    }
}
