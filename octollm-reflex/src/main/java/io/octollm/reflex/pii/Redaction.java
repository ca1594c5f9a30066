package io.octollm.reflex.pii;

import io.octollm.reflex.RedactionVault;
import java.util.Objects;

/**
 * The result of {@link Redactor#redact}.
 *
 * @param text the redacted text
 * @param vault placeholder → original (empty unless the placeholder strategy was used)
 */
public record Redaction(String text, RedactionVault vault) {
    /** Requires both. */
    public Redaction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vault, "vault");
    }
}
