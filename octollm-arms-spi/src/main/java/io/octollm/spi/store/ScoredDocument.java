package io.octollm.spi.store;

import java.util.Objects;

/**
 * A search hit.
 *
 * @param document the document
 * @param score relevance, higher is better (scale depends on the store)
 */
public record ScoredDocument(Document document, double score) {
    /** Requires the document. */
    public ScoredDocument {
        Objects.requireNonNull(document, "document");
    }
}
