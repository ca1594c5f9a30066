package io.octollm.spi.arm;

import java.util.Map;
import java.util.Objects;

/**
 * Settings handed to an {@link ArmProvider}: plain key/value text, as a host would read it from
 * its own configuration. Immutable.
 *
 * @param values the settings
 */
public record ArmConfig(Map<String, String> values) {
    /** An empty configuration. */
    public static final ArmConfig EMPTY = new ArmConfig(Map.of());

    /** Copies the settings. */
    public ArmConfig {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /**
     * @param key setting name
     * @param defaultValue value when absent
     * @return the setting or the default
     */
    public String get(String key, String defaultValue) {
        Objects.requireNonNull(key, "key");
        return values.getOrDefault(key, defaultValue);
    }

    /**
     * @param key setting name
     * @param defaultValue value when absent
     * @return the setting as an int
     * @throws IllegalArgumentException if present but not an integer
     */
    public int getInt(String key, int defaultValue) {
        String v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be an integer, was '" + v + "'", e);
        }
    }
}
