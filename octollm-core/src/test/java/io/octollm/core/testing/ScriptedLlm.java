package io.octollm.core.testing;

import io.octollm.spi.Usage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.ChatResponse;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.llm.LlmException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A chat model answering from a script: strings are answers (10 prompt + 5 completion tokens), exceptions are thrown. */
public final class ScriptedLlm implements LlmClient {
    private final ArrayDeque<Object> script = new ArrayDeque<>();
    private final Object last;
    public final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    public ScriptedLlm(Object... answers) {
        for (Object a : answers) {
            script.add(a);
        }
        last = answers.length == 0 ? "" : answers[answers.length - 1];
    }

    @Override
    public String model() {
        return "scripted-model";
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        requests.add(request);
        Object next;
        synchronized (script) {
            next = script.isEmpty() ? last : script.poll();
        }
        if (next instanceof LlmException e) {
            throw e;
        }
        return new ChatResponse(String.valueOf(next), "scripted-model", new Usage(10, 5, 0.001), "stop", false);
    }

    public static LlmException unavailable() {
        return new LlmException("llm", LlmException.Kind.UNAVAILABLE, "server down", true, null, null);
    }
}
