package io.octollm.reflex.validate;

import io.octollm.reflex.ReflexRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a {@link ReflexRequest} and returns one message per problem (empty when valid). Never
 * throws on bad text. One pass over the text. Immutable and thread-safe.
 */
public final class InputValidator {
    private final ValidationLimits limits;

    /** @param limits the limits, not null */
    public InputValidator(ValidationLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the limits */
    public ValidationLimits limits() {
        return limits;
    }

    /**
     * @param request the request, not null
     * @return messages saying what to change; empty when the request is acceptable
     */
    public List<String> validate(ReflexRequest request) {
        Objects.requireNonNull(request, "request");
        List<String> errors = null;
        String text = request.text();
        int n = text.length();
        if (n == 0) {
            errors = add(errors, "text is empty; send at least one non-blank character");
        } else if (n > limits.maxTextChars()) {
            errors = add(errors, "text is " + n + " characters long; the limit is " + limits.maxTextChars());
        } else {
            boolean blank = true;
            int control = -1;
            int lone = -1;
            // printable ASCII (the bulk of any prompt) costs one predictable branch per character;
            // everything else gets the full rules
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= ' ' && c < 0x7F) {
                    continue;
                }
                if (c == '\n' || c == '\t' || c == '\r') {
                    continue;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                        blank = false;
                    } else if (lone < 0) {
                        lone = i;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    if (lone < 0) {
                        lone = i;
                    }
                } else if (c < ' ' || (c >= 0x7F && c <= 0x9F)) {
                    if (control < 0) {
                        control = i;
                    }
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    blank = false;
                }
            }
            for (int i = 0; i < n && blank; i++) {
                char c = text.charAt(i);
                if (c > ' ' && c < 0x7F) {
                    blank = false;
                }
            }
            if (blank && control < 0 && lone < 0) {
                errors = add(errors, "text is blank; send at least one non-blank character");
            }
            if (control >= 0) {
                errors = add(errors, "text contains a control character (U+" + String.format("%04X", (int) text.charAt(control))
                        + ") at index " + control + "; only tab, newline and carriage return are allowed");
            }
            if (lone >= 0) {
                errors = add(errors, "text contains an unpaired UTF-16 surrogate at index " + lone
                        + "; the text is not valid Unicode");
            }
        }
        errors = checkId(errors, "tenantId", request.tenantId());
        errors = checkId(errors, "userId", request.userId());
        errors = checkId(errors, "modelId", request.modelId());
        if (request.systemPrompt() != null && request.systemPrompt().length() > limits.maxSystemPromptChars()) {
            errors = add(errors, "systemPrompt is " + request.systemPrompt().length() + " characters long; the limit is "
                    + limits.maxSystemPromptChars());
        }
        Map<String, String> md = request.metadata();
        if (md.size() > limits.maxMetadataEntries()) {
            errors = add(errors, "metadata has " + md.size() + " entries; the limit is " + limits.maxMetadataEntries());
        }
        if (!md.isEmpty()) {
            for (Map.Entry<String, String> e : md.entrySet()) {
                if (e.getKey().length() > limits.maxMetadataValueChars() || e.getValue().length() > limits.maxMetadataValueChars()) {
                    errors = add(errors, "metadata entry '" + abbreviate(e.getKey()) + "' is longer than "
                            + limits.maxMetadataValueChars() + " characters");
                }
            }
        }
        return errors == null ? List.of() : errors;
    }

    private List<String> checkId(List<String> errors, String field, String id) {
        if (id == null) {
            return errors;
        }
        if (id.isEmpty() || id.length() > limits.maxIdChars()) {
            return add(errors, field + " must be 1.." + limits.maxIdChars() + " characters, was " + id.length());
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isSurrogate(c)) {
                return add(errors, field + " must not contain spaces or control characters (index " + i + ")");
            }
        }
        return errors;
    }

    private static String abbreviate(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "...";
    }

    private static List<String> add(List<String> errors, String message) {
        List<String> e = errors == null ? new ArrayList<>(2) : errors;
        e.add(message);
        return e;
    }
}
