package io.octollm.core.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.octollm.spi.llm.ChatMessage;
import io.octollm.spi.llm.ChatRequest;
import io.octollm.spi.llm.LlmException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAI wire format: request bodies out, parsed answers in. Every parsing failure is an
 * {@link LlmException} of kind {@code BAD_RESPONSE}. Stateless and thread-safe.
 */
final class Wire {
    static final String COMPONENT = "openai-compatible";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    /** A parsed completion; token counts are -1 when the server sent none. */
    record Completion(String content, String model, String finishReason, long promptTokens, long completionTokens) {
        boolean hasUsage() {
            return promptTokens >= 0 && completionTokens >= 0;
        }
    }

    /** One streamed chunk; each field may be absent (null, or -1 for tokens). */
    record Chunk(String delta, String model, String finishReason, long promptTokens, long completionTokens) {
        boolean hasUsage() {
            return promptTokens >= 0 && completionTokens >= 0;
        }
    }

    static byte[] chatBody(ChatRequest request, String model, boolean stream) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        for (ChatMessage m : request.messages()) {
            ObjectNode node = messages.addObject();
            node.put("role", m.role().name().toLowerCase(Locale.ROOT));
            node.put("content", m.content());
        }
        if (request.temperature() != null) {
            root.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            root.put("max_tokens", request.maxTokens());
        }
        if (request.jsonResponse()) {
            root.putObject("response_format").put("type", "json_object");
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = root.putArray("stop");
            request.stop().forEach(stop::add);
        }
        if (stream) {
            root.put("stream", true);
            root.putObject("stream_options").put("include_usage", true);
        }
        return write(root);
    }

    static byte[] embeddingsBody(String model, List<String> input) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode array = root.putArray("input");
        input.forEach(array::add);
        return write(root);
    }

    static Completion parseCompletion(String body) {
        JsonNode root = readObject(body, "completion");
        JsonNode choices = root.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw badResponse("the completion has no choices", null);
        }
        JsonNode choice = choices.get(0);
        JsonNode content = choice.path("message").get("content");
        if (content == null || !content.isTextual()) {
            throw badResponse("the first choice has no text content", null);
        }
        JsonNode usage = root.get("usage");
        return new Completion(content.asText(), text(root, "model"), text(choice, "finish_reason"),
                tokens(usage, "prompt_tokens"), tokens(usage, "completion_tokens"));
    }

    static Chunk parseChunk(String data) {
        JsonNode root = readObject(data, "stream chunk");
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            throw badResponse("the server reported an error mid-stream: " + errorText(error), null);
        }
        String delta = null;
        String finish = null;
        JsonNode choices = root.get("choices");
        if (choices != null && choices.isArray() && !choices.isEmpty()) {
            JsonNode choice = choices.get(0);
            JsonNode content = choice.path("delta").get("content");
            if (content != null && content.isTextual()) {
                delta = content.asText();
            }
            finish = text(choice, "finish_reason");
        }
        JsonNode usage = root.get("usage");
        return new Chunk(delta, text(root, "model"), finish, tokens(usage, "prompt_tokens"),
                tokens(usage, "completion_tokens"));
    }

    static List<float[]> parseEmbeddings(String body, int expected) {
        JsonNode root = readObject(body, "embeddings answer");
        JsonNode data = root.get("data");
        if (data == null || !data.isArray()) {
            throw badResponse("the embeddings answer has no data array", null);
        }
        if (data.size() != expected) {
            throw badResponse("expected " + expected + " embeddings, got " + data.size(), null);
        }
        float[][] vectors = new float[expected][];
        for (int i = 0; i < data.size(); i++) {
            JsonNode item = data.get(i);
            JsonNode indexNode = item.get("index");
            int index = indexNode != null && indexNode.canConvertToInt() ? indexNode.asInt() : i;
            if (index < 0 || index >= expected || vectors[index] != null) {
                throw badResponse("embedding index " + index + " is out of range or repeated", null);
            }
            JsonNode embedding = item.get("embedding");
            if (embedding == null || !embedding.isArray() || embedding.isEmpty()) {
                throw badResponse("embedding " + index + " is not a numeric array", null);
            }
            float[] v = new float[embedding.size()];
            for (int j = 0; j < v.length; j++) {
                JsonNode x = embedding.get(j);
                if (!x.isNumber()) {
                    throw badResponse("embedding " + index + " has a non-numeric value", null);
                }
                v[j] = (float) x.asDouble();
            }
            vectors[index] = v;
        }
        return List.of(vectors);
    }

    /** @return whether {@code content} is one JSON object (what JSON mode promises) */
    static boolean isJsonObject(String content) {
        try {
            JsonNode node = JSON.readTree(content);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the server's error message and code from an error body, or a short prefix of the body */
    static String errorSummary(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.has("error")) {
                return errorText(root.get("error"));
            }
        } catch (IOException ignored) {
            // not JSON: fall through to the raw prefix
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    /** @return the OpenAI error code ({@code insufficient_quota}, ...) or null */
    static String errorCode(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null) {
                return null;
            }
            JsonNode error = root.get("error");
            if (error == null) {
                return null;
            }
            String code = text(error, "code");
            return code != null ? code : text(error, "type");
        } catch (IOException e) {
            return null;
        }
    }

    static LlmException badResponse(String message, Throwable cause) {
        return new LlmException(COMPONENT, LlmException.Kind.BAD_RESPONSE, message, false, null, cause);
    }

    private static String errorText(JsonNode error) {
        if (error.isTextual()) {
            return truncate(error.asText());
        }
        String message = text(error, "message");
        String code = text(error, "code");
        String type = text(error, "type");
        StringBuilder sb = new StringBuilder(message == null ? "(no message)" : truncate(message));
        if (code != null) {
            sb.append(" [code=").append(code).append(']');
        } else if (type != null) {
            sb.append(" [type=").append(type).append(']');
        }
        return sb.toString();
    }

    private static String truncate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static JsonNode readObject(String body, String what) {
        if (body == null || body.isBlank()) {
            throw badResponse("the " + what + " body is empty", null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw badResponse("the " + what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw badResponse("the " + what + " is not a JSON object", null);
        }
        return root;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static long tokens(JsonNode usage, String field) {
        if (usage == null || !usage.isObject()) {
            return -1;
        }
        JsonNode v = usage.get(field);
        return v != null && v.canConvertToLong() && v.asLong() >= 0 ? v.asLong() : -1;
    }

    private static byte[] write(ObjectNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request body", e);
        }
    }
}
