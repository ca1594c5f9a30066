package io.octollm.core.integrate;

import io.octollm.spi.Usage;
import java.util.Objects;

/**
 * An integrated answer with what producing it cost.
 *
 * @param output the answer
 * @param usage tokens and cost spent
 * @param model the model used, or null
 */
public record Integrated(String output, Usage usage, String model) {
    /** Requires the output. */
    public Integrated {
        Objects.requireNonNull(output, "output");
        usage = usage == null ? Usage.ZERO : usage;
    }
}
