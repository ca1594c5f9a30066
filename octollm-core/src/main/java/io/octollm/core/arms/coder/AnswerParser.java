package io.octollm.core.arms.coder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's answer: a JSON object, possibly inside a code fence or surrounded by prose; as a
 * last resort, the first fenced code block of a plain answer. Stateless and thread-safe.
 */
final class AnswerParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("```([\\w+#.-]*)[ \\t]*\\r?\\n(.*?)\\r?\\n?```",
            Pattern.DOTALL);
    private static final double DEFAULT_CONFIDENCE = 0.7;

    private AnswerParser() {
    }

    /** Either an answer or the reason there is none. */
    record Parsed(CodeAnswer answer, String problem, boolean fromJson) {
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, "the answer was empty", false);
        }
        JsonNode object = findObject(text);
        if (object != null) {
            return new Parsed(fromJson(object), null, true);
        }
        Matcher fence = FENCE.matcher(text);
        if (fence.find()) {
            String code = fence.group(2);
            String language = normaliseLanguage(fence.group(1));
            String prose = (text.substring(0, fence.start()) + " " + text.substring(fence.end())).trim();
            return new Parsed(new CodeAnswer(code, prose, language, DEFAULT_CONFIDENCE, List.of(), ""), null, false);
        }
        return new Parsed(null, "the answer held neither a JSON object nor a fenced code block", false);
    }

    /** @return the first JSON object in the text that looks like an answer, or null */
    private static JsonNode findObject(String text) {
        JsonNode whole = tryRead(text.trim());
        if (isAnswer(whole)) {
            return whole;
        }
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            JsonNode inner = tryRead(fence.group(2).trim());
            if (isAnswer(inner)) {
                return inner;
            }
        }
        for (int start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
            int end = matchingBrace(text, start);
            if (end > start) {
                JsonNode candidate = tryRead(text.substring(start, end + 1));
                if (isAnswer(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean isAnswer(JsonNode node) {
        return node != null && node.isObject() && (node.has("code") || node.has("explanation"));
    }

    private static JsonNode tryRead(String s) {
        if (s.isEmpty() || s.charAt(0) != '{') {
            return null;
        }
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            return null;
        }
    }

    /** @return the index of the brace closing the one at {@code start}, skipping strings, or -1 */
    private static int matchingBrace(String s, int start) {
        return io.octollm.core.internal.JsonText.matchingClose(s, start);
    }

    private static CodeAnswer fromJson(JsonNode node) {
        String code = stripFence(text(node.get("code")));
        String explanation = text(node.get("explanation"));
        String language = normaliseLanguage(text(node.get("language")));
        double confidence = DEFAULT_CONFIDENCE;
        JsonNode c = node.get("confidence");
        if (c != null && (c.isNumber() || c.isTextual())) {
            try {
                double v = c.isNumber() ? c.asDouble() : Double.parseDouble(c.asText().trim());
                if (v > 1 && v <= 100) {
                    v = v / 100; // "85" meaning 85 %
                }
                if (v >= 0 && v <= 1) {
                    confidence = v;
                }
            } catch (NumberFormatException ignored) {
                // keep the default
            }
        }
        List<String> warnings = new ArrayList<>();
        JsonNode w = node.get("warnings");
        if (w != null && w.isArray()) {
            w.forEach(x -> {
                if (!x.isNull() && !x.asText().isBlank()) {
                    warnings.add(x.asText());
                }
            });
        } else if (w != null && w.isTextual() && !w.asText().isBlank()) {
            warnings.add(w.asText());
        }
        JsonNode t = node.get("tests");
        String tests;
        if (t != null && t.isArray()) {
            List<String> parts = new ArrayList<>();
            t.forEach(x -> parts.add(x.asText()));
            tests = String.join("\n\n", parts);
        } else {
            tests = stripFence(text(t));
        }
        return new CodeAnswer(code, explanation, language, confidence, warnings, tests);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    private static String stripFence(String code) {
        Matcher m = FENCE.matcher(code.trim());
        if (m.matches()) {
            return m.group(2);
        }
        return code;
    }

    static String normaliseLanguage(String language) {
        if (language == null) {
            return "";
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "py":
            case "python3":
                return "python";
            case "js":
            case "node":
                return "javascript";
            case "ts":
                return "typescript";
            case "golang":
                return "go";
            case "rs":
                return "rust";
            case "kt":
                return "kotlin";
            case "sh":
            case "shell":
                return "bash";
            default:
                return l;
        }
    }
}
