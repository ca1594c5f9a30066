package io.octollm.spi.store;

import java.util.List;
import java.util.Optional;

/**
 * Global memory: documents with full-text search, the entity/relationship graph and task
 * history. Thread-safe; failures are {@link io.octollm.spi.StoreException}s.
 */
public interface MemoryStore {
    /** @return a short name ({@code memory}, {@code jdbc}) */
    String name();

    /**
     * Adds or replaces documents by id.
     *
     * @param documents documents to store
     */
    void putDocuments(List<Document> documents);

    /**
     * @param id document id
     * @return the document, if stored
     */
    Optional<Document> findDocument(String id);

    /**
     * Keyword search over document content, best first.
     *
     * @param query words to look for
     * @param limit at most this many hits, at least 1
     * @return hits with a store-specific score
     */
    List<ScoredDocument> searchDocuments(String query, int limit);

    /** @return how many documents are stored */
    long documentCount();

    /**
     * @param entity entity to add or replace by id
     */
    void putEntity(Entity entity);

    /**
     * @param id entity id
     * @return the entity, if stored
     */
    Optional<Entity> findEntity(String id);

    /**
     * @param text words of the name
     * @param limit at most this many, at least 1
     * @return entities whose name matches, best first
     */
    List<Entity> searchEntities(String text, int limit);

    /**
     * @param relationship edge to add (an identical edge replaces its weight)
     */
    void putRelationship(Relationship relationship);

    /**
     * @param entityId entity id
     * @return edges from or to that entity
     */
    List<Relationship> relationshipsOf(String entityId);

    /**
     * @param entry finished task to remember
     */
    void recordHistory(HistoryEntry entry);

    /**
     * @param userId user, or null for everybody
     * @param limit at most this many, at least 1
     * @return newest first
     */
    List<HistoryEntry> history(String userId, int limit);
}
