package io.octollm.reflex.ratelimit;

/** What a bucket is keyed by, in the order they are checked. */
public enum Dimension {
    /** One bucket per (tenant, user); skipped when the request has no user id. */
    USER,
    /** One bucket per tenant or client; skipped when the request has no tenant id. */
    TENANT,
    /** One bucket for everything. */
    GLOBAL;

    /** @return the lower-case name used in outcomes */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
