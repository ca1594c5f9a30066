package io.octollm.spi.store;

import java.util.Map;
import java.util.Objects;

/**
 * A node of the knowledge graph.
 *
 * @param id unique id
 * @param type entity type ({@code tool}, {@code library}, {@code person}, ...)
 * @param name display name, searchable
 * @param description free text
 * @param properties attributes
 */
public record Entity(String id, String type, String name, String description, Map<String, String> properties) {
    /** Requires id, type and name. */
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
