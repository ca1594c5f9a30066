package io.octollm.core.arms.guardian;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A host policy: if the text contains any of the patterns (case-insensitive substrings, so the
 * check stays linear), an issue of the given risk is raised.
 *
 * @param name rule name, e.g. {@code no_internal_urls}
 * @param risk risk of a match
 * @param patterns substrings to look for, at least one, none blank
 */
public record PolicyRule(String name, Risk risk, List<String> patterns) {
    /** Validates and lower-cases the patterns. */
    public PolicyRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(patterns, "patterns");
        if (patterns.isEmpty() || patterns.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalArgumentException("policy rule " + name + " needs non-blank patterns");
        }
        patterns = patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }
}
