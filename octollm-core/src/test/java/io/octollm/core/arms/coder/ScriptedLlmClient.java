package io.octollm.core.arms.coder;

import io.octollm.spi.Usage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers with scripted texts (or failures) in order and records every request. */
final class ScriptedLlmClient implements LlmClient {
    final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();

    ScriptedLlmClient answers(String... texts) {
        for (String t : texts) {
            script.add(t);
        }
        return this;
    }

    ScriptedLlmClient fails(LlmException e) {
        script.add(e);
        return this;
    }

    @Override
    public String model() {
        return "fake-model";
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        requests.add(request);
        Object next;
        synchronized (script) {
            next = script.poll();
        }
        if (next == null) {
            throw new AssertionError("the script has no answer left for request " + requests.size());
        }
        if (next instanceof LlmException) {
            throw (LlmException) next;
        }
        return new ChatResponse((String) next, "fake-model-v1", new Usage(100, 50, 0.002), "stop", false);
    }

    /** @return the last user message of request {@code i} (0-based) */
    String lastUserMessage(int i) {
        var messages = requests.get(i).messages();
        return messages.get(messages.size() - 1).content();
    }
}
