package io.octollm.spi.store;

import java.util.Map;
import java.util.Objects;

/**
 * A text the retriever can search.
 *
 * @param id unique id (for files: the relative path)
 * @param source where it came from, for citations
 * @param content the text
 * @param metadata filterable attributes
 */
public record Document(String id, String source, String content, Map<String, String> metadata) {
    /** Requires id, source and content. */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
