package io.octollm.core.arms.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON Schema validator for judge criteria: {@code type} (object, array, string, number,
 * integer, boolean, null, or a list of them), {@code required}, {@code properties},
 * {@code additionalProperties: false}, {@code items}, {@code enum}, {@code const},
 * {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum},
 * {@code minItems}/{@code maxItems}. Other keywords are ignored. Stateless and thread-safe.
 */
final class JsonSchemaCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemaCheck() {
    }

    /**
     * @param schemaText the schema
     * @param documentText the answer
     * @return every violation, with a JSON-pointer-like path; empty when valid
     * @throws IllegalArgumentException when the schema itself is not JSON
     */
    static List<String> validate(String schemaText, String documentText) {
        JsonNode schema;
        try {
            schema = JSON.readTree(schemaText);
        } catch (Exception e) {
            throw new IllegalArgumentException("the schema is not valid JSON: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        JsonNode doc;
        try {
            doc = JSON.readTree(io.octollm.core.plan.LlmPlannerJson.extract(documentText));
        } catch (Exception e) {
            errors.add("the answer is not JSON");
            return errors;
        }
        check(schema, doc, "$", errors);
        return errors;
    }

    private static void check(JsonNode schema, JsonNode node, String path, List<String> errors) {
        if (!schema.isObject()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, node)) {
            errors.add(path + ": expected " + type + " but was " + kind(node));
            return;
        }
        JsonNode en = schema.get("enum");
        if (en != null && en.isArray()) {
            boolean found = false;
            for (JsonNode v : en) {
                found |= v.equals(node);
            }
            if (!found) {
                errors.add(path + ": must be one of " + en);
            }
        }
        if (schema.has("const") && !schema.get("const").equals(node)) {
            errors.add(path + ": must be " + schema.get("const"));
        }
        if (node.isTextual()) {
            int len = node.asText().length();
            if (schema.has("minLength") && len < schema.get("minLength").asInt()) {
                errors.add(path + ": shorter than " + schema.get("minLength").asInt());
            }
            if (schema.has("maxLength") && len > schema.get("maxLength").asInt()) {
                errors.add(path + ": longer than " + schema.get("maxLength").asInt());
            }
        }
        if (node.isNumber()) {
            if (schema.has("minimum") && node.asDouble() < schema.get("minimum").asDouble()) {
                errors.add(path + ": below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && node.asDouble() > schema.get("maximum").asDouble()) {
                errors.add(path + ": above " + schema.get("maximum"));
            }
        }
        if (node.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!node.has(r.asText())) {
                    errors.add(path + ": missing required property '" + r.asText() + "'");
                }
            }
            JsonNode props = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (props.has(f.getKey())) {
                    check(props.get(f.getKey()), f.getValue(), path + "." + f.getKey(), errors);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(path + ": property '" + f.getKey() + "' is not allowed");
                }
            }
        }
        if (node.isArray()) {
            if (schema.has("minItems") && node.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems").asInt() + " items");
            }
            if (schema.has("maxItems") && node.size() > schema.get("maxItems").asInt()) {
                errors.add(path + ": more than " + schema.get("maxItems").asInt() + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < node.size(); i++) {
                    check(schema.get("items"), node.get(i), path + "[" + i + "]", errors);
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode node) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, node)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "string" -> node.isTextual();
            case "integer" -> node.isIntegralNumber() || (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()));
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "null" -> node.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode n) {
        return n.isObject() ? "object" : n.isArray() ? "array" : n.isTextual() ? "string" : n.isNumber() ? "number"
                : n.isBoolean() ? "boolean" : "null";
    }
}
