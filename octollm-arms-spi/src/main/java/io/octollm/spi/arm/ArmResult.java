package io.octollm.spi.arm;

import io.octollm.spi.Usage;
import java.util.Map;
import java.util.Objects;

/**
 * What an arm call produced. Arms report failures as a result with an {@link ArmError}; they
 * should not throw (the engine turns a thrown exception into an {@code INTERNAL} error).
 *
 * @param success whether the call achieved its instruction
 * @param output text output (empty on failure)
 * @param data structured output (JSON-like values)
 * @param confidence 0..1
 * @param usage tokens and cost this call spent
 * @param error the failure, required when {@code success} is false, null otherwise
 * @param attributes extra provenance facts: {@code model}, {@code command_hash}, {@code exit_code}, ...
 */
public record ArmResult(boolean success, String output, Map<String, Object> data, double confidence, Usage usage,
        ArmError error, Map<String, String> attributes) {

    /** Validates that failures carry an error and successes none. */
    public ArmResult {
        output = output == null ? "" : output;
        data = data == null ? Map.of() : Map.copyOf(data);
        usage = usage == null ? Usage.ZERO : usage;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
        if (success && error != null) {
            throw new IllegalArgumentException("a successful result must not carry an error");
        }
        if (!success) {
            Objects.requireNonNull(error, "error (required when success is false)");
        }
    }

    /**
     * @param output the text output
     * @return a successful result with confidence 1 and no usage
     */
    public static ArmResult ok(String output) {
        return new ArmResult(true, output, Map.of(), 1.0, Usage.ZERO, null, Map.of());
    }

    /**
     * @param output the text output
     * @param data structured output
     * @param confidence 0..1
     * @return a successful result without usage
     */
    public static ArmResult ok(String output, Map<String, Object> data, double confidence) {
        return new ArmResult(true, output, data, confidence, Usage.ZERO, null, Map.of());
    }

    /**
     * @param error what failed
     * @return a failed result
     */
    public static ArmResult failure(ArmError error) {
        return new ArmResult(false, "", Map.of(), 0.0, Usage.ZERO, error, Map.of());
    }

    /** @param u usage @return a copy with this usage */
    public ArmResult withUsage(Usage u) {
        return new ArmResult(success, output, data, confidence, u, error, attributes);
    }

    /** @param attrs provenance attributes @return a copy with these attributes */
    public ArmResult withAttributes(Map<String, String> attrs) {
        return new ArmResult(success, output, data, confidence, usage, error, attrs);
    }
}
