package io.octollm.core.llm;

import okhttp3.mockwebserver.MockResponse;

/** Canned OpenAI-style answers. */
final class Answers {
    private Answers() {
    }

    static String completionJson(String content, String model, int prompt, int completion) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"" + model + "\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion) + "}}";
    }

    static MockResponse completion(String content) {
        return json(completionJson(content, "test-model", 12, 5));
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    static MockResponse error(int code, String message) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"test_error\"}}");
    }

    static String chunk(String delta, String finish) {
        return "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"model\":\"test-model\",\"choices\":[{\"index\":0,"
                + "\"delta\":" + (delta == null ? "{}" : "{\"content\":" + quote(delta) + "}") + ",\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    static String usageChunk(int prompt, int completion) {
        return "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"model\":\"test-model\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + "}}";
    }

    static MockResponse sse(String... events) {
        StringBuilder sb = new StringBuilder();
        for (String e : events) {
            sb.append("data: ").append(e).append("\n\n");
        }
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(sb.toString());
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
