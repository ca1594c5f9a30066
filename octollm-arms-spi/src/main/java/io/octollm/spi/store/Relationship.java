package io.octollm.spi.store;

import java.util.Objects;

/**
 * An edge of the knowledge graph.
 *
 * @param sourceId from entity
 * @param targetId to entity
 * @param type relationship type ({@code uses}, {@code depends_on}, ...)
 * @param weight strength, default 1.0
 */
public record Relationship(String sourceId, String targetId, String type, double weight) {
    /** Requires ids and type. */
    public Relationship {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(type, "type");
    }
}
