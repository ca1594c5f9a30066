package io.octollm.reflex.pii;

/**
 * How a {@link Redactor} replaces a finding. Immutable and thread-safe.
 */
public sealed interface RedactionStrategy {

    /** @return typed, numbered placeholders ({@code [EMAIL_1]}) backed by the vault (the default) */
    static RedactionStrategy placeholder() {
        return Placeholder.INSTANCE;
    }

    /** @return one {@code *} per character */
    static RedactionStrategy mask() {
        return Mask.INSTANCE;
    }

    /**
     * @param keepLast characters to keep at the end, {@code >= 0}
     * @return everything but the last {@code keepLast} characters replaced by {@code X}
     * @throws IllegalArgumentException for a negative count
     */
    static RedactionStrategy partial(int keepLast) {
        return new Partial(keepLast);
    }

    /** @return {@code [TYPE:16 hex]} from a keyed HMAC-SHA-256, stable within one redactor key */
    static RedactionStrategy hash() {
        return Hash.INSTANCE;
    }

    /** @return the finding deleted */
    static RedactionStrategy remove() {
        return Remove.INSTANCE;
    }

    /** Placeholders with a vault. */
    enum Placeholder implements RedactionStrategy {
        /** The instance. */
        INSTANCE
    }

    /** Asterisks. */
    enum Mask implements RedactionStrategy {
        /** The instance. */
        INSTANCE
    }

    /** Keyed hash. */
    enum Hash implements RedactionStrategy {
        /** The instance. */
        INSTANCE
    }

    /** Deletion. */
    enum Remove implements RedactionStrategy {
        /** The instance. */
        INSTANCE
    }

    /**
     * Keep the last characters.
     *
     * @param keepLast characters kept, {@code >= 0}
     */
    record Partial(int keepLast) implements RedactionStrategy {
        /** Validates the count. */
        public Partial {
            if (keepLast < 0) {
                throw new IllegalArgumentException("keepLast must be >= 0, was " + keepLast);
            }
        }
    }
}
