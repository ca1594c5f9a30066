package io.octollm.reflex;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a detector found in a text.
 *
 * <p>{@code start} and {@code end} are <b>Java {@code String} indices (UTF-16 code units)</b> into
 * the text that was scanned: {@code text.substring(start, end)} is the matched span. Findings are
 * immutable and thread-safe. They never hold the matched text itself, so they are safe to log.
 *
 * @param category what kind of thing this is
 * @param type the specific type: a {@code PiiType} name ({@code EMAIL}, {@code SECRET}, ...) or an
 *     {@code InjectionType} name ({@code IGNORE_PREVIOUS_INSTRUCTIONS}, ...)
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code > start}
 * @param confidence in {@code [0, 1]}
 * @param severity how serious it is
 * @param detail a sub-type or indicator list ({@code aws_access_key}, {@code leetspeak,base64}); may
 *     be empty, never null
 */
public record Finding(Category category, String type, int start, int end, double confidence,
                      Severity severity, String detail) {

    /** Deterministic order: start offset, then end, then type. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::type);

    /** What kind of finding. */
    public enum Category {
        /** Personal data (email, phone, card, ...). */
        PII,
        /** Credentials and keys. */
        SECRET,
        /** A prompt-injection attempt. */
        INJECTION
    }

    /**
     * Validates the span and the confidence.
     *
     * @throws NullPointerException for a null category, type, severity or detail
     * @throws IllegalArgumentException for an empty or negative span or a confidence outside [0, 1]
     */
    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(detail, "detail");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }

    /**
     * @param other another finding
     * @return true when the two spans share at least one index
     */
    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
