package io.octollm.jdbc.memory;

import io.octollm.jdbc.internal.Db;
import io.octollm.jdbc.internal.Json;
import io.octollm.jdbc.internal.TaskCodec;
import io.octollm.spi.StoreException;
import io.octollm.spi.store.Document;
import io.octollm.spi.store.Entity;
import io.octollm.spi.store.HistoryEntry;
import io.octollm.spi.store.MemoryStore;
import io.octollm.spi.store.Relationship;
import io.octollm.spi.store.ScoredDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link MemoryStore} on H2 or PostgreSQL.
 * <ul>
 *   <li>Documents: PostgreSQL keeps a generated {@code tsvector} column ({@code english}
 *       configuration) with a GIN index and ranks hits with {@code ts_rank}; any query word may
 *       match (the words are OR-ed). H2 has no tsvector, so the store writes each document's
 *       lower-cased words with their counts to {@code document_terms} and ranks by the number of
 *       query words matched, then by their total count (no stemming on H2).</li>
 *   <li>Entities: names are searched with the GIN index on {@code to_tsvector('english', name)}
 *       on PostgreSQL and with {@code LIKE} on the lower-cased name on H2.</li>
 *   <li>Task history: newest first; BRIN index on {@code created_at} on PostgreSQL.</li>
 * </ul>
 * Writes of several documents go in JDBC batches.
 *
 * <p>Thread-safe. Methods throw {@link StoreException} (component {@code jdbc-memory-store}).
 */
public final class JdbcMemoryStore implements MemoryStore {
    static final String COMPONENT = "jdbc-memory-store";
    private static final int MAX_QUERY_WORDS = 32;

    private final Db db;
    private final boolean textSearch;
    private final String docSql;
    private final String entitySql;
    private final String relSql;

    /**
     * Use {@code JdbcStores.memoryStore()}; this constructor is for the module's own wiring.
     *
     * @param db database (internal type)
     */
    public JdbcMemoryStore(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        this.textSearch = db.dialect().textSearch();
        this.docSql = db.dialect().upsert("documents", List.of("id"),
                List.of("id", "source", "content", "metadata", "updated_at"));
        this.entitySql = db.dialect().upsert("entities", List.of("id"),
                List.of("id", "entity_type", "name", "description", "properties", "created_at", "updated_at"));
        this.relSql = db.dialect().upsert("relationships", List.of("source_id", "target_id", "relationship_type"),
                List.of("source_id", "target_id", "relationship_type", "weight", "created_at"));
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public void putDocuments(List<Document> documents) {
        Objects.requireNonNull(documents, "documents");
        if (documents.isEmpty()) {
            return;
        }
        db.inTransaction(COMPONENT, "put " + documents.size() + " documents", c -> {
            Instant now = db.clock().instant();
            try (PreparedStatement ps = c.prepareStatement(docSql)) {
                for (Document d : documents) {
                    ps.setString(1, d.id());
                    ps.setString(2, d.source());
                    ps.setString(3, d.content());
                    ps.setString(4, Json.write(d.metadata()));
                    Db.setInstant(ps, 5, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (!textSearch) {
                writeTerms(c, documents);
            }
            return null;
        });
    }

    private static void writeTerms(Connection c, List<Document> documents) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM document_terms WHERE doc_id = ?")) {
            for (Document d : documents) {
                del.setString(1, d.id());
                del.addBatch();
            }
            del.executeBatch();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO document_terms (term, doc_id, tf) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (Document d : documents) {
                for (Map.Entry<String, Integer> e : Words.counts(d.content()).entrySet()) {
                    ins.setString(1, e.getKey());
                    ins.setString(2, d.id());
                    ins.setInt(3, e.getValue());
                    ins.addBatch();
                    if (++pending == 1000) {
                        ins.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ins.executeBatch();
            }
        }
    }

    @Override
    public Optional<Document> findDocument(String id) {
        Objects.requireNonNull(id, "id");
        return db.run(COMPONENT, "find document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, source, content, metadata FROM documents WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(document(rs)) : Optional.empty();
                }
            }
        });
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getString("id"), rs.getString("source"), rs.getString("content"),
                TaskCodec.stringMap(Json.parse(rs.getString("metadata"))));
    }

    @Override
    public List<ScoredDocument> searchDocuments(String query, int limit) {
        Objects.requireNonNull(query, "query");
        checkLimit(limit);
        List<String> words = queryWords(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return db.run(COMPONENT, "search documents", c -> {
            String sql;
            if (textSearch) {
                sql = "SELECT d.id, d.source, d.content, d.metadata, ts_rank(d.tsv, q) AS score"
                        + " FROM documents d, to_tsquery('english', ?) q WHERE d.tsv @@ q"
                        + " ORDER BY score DESC, d.id LIMIT ?";
            } else {
                sql = "SELECT d.id, d.source, d.content, d.metadata, m.score FROM (SELECT doc_id,"
                        + " COUNT(*) * 1000.0 + SUM(tf) AS score FROM document_terms WHERE term IN ("
                        + String.join(", ", Collections.nCopies(words.size(), "?")) + ") GROUP BY doc_id) m"
                        + " JOIN documents d ON d.id = m.doc_id ORDER BY m.score DESC, d.id LIMIT ?";
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (textSearch) {
                    ps.setString(i++, orQuery(words));
                } else {
                    for (String w : words) {
                        ps.setString(i++, w);
                    }
                }
                ps.setInt(i, limit);
                List<ScoredDocument> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ScoredDocument(document(rs), rs.getDouble("score")));
                    }
                }
                return out;
            }
        });
    }

    /** Words of a query: letters and digits only, so they are safe inside a tsquery. */
    private static List<String> queryWords(String query) {
        return Words.distinct(query).stream().limit(MAX_QUERY_WORDS).collect(Collectors.toList());
    }

    private static String orQuery(List<String> words) {
        return String.join(" | ", words);
    }

    @Override
    public long documentCount() {
        return db.run(COMPONENT, "count documents", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void putEntity(Entity entity) {
        Objects.requireNonNull(entity, "entity");
        db.run(COMPONENT, "put entity " + entity.id(), c -> {
            Instant now = db.clock().instant();
            try (PreparedStatement ps = c.prepareStatement(entitySql)) {
                ps.setString(1, entity.id());
                ps.setString(2, entity.type());
                ps.setString(3, entity.name());
                ps.setString(4, entity.description());
                ps.setString(5, Json.write(entity.properties()));
                Db.setInstant(ps, 6, now);
                Db.setInstant(ps, 7, now);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Entity> findEntity(String id) {
        Objects.requireNonNull(id, "id");
        return db.run(COMPONENT, "find entity " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, entity_type, name, description, properties FROM entities WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(entity(rs)) : Optional.empty();
                }
            }
        });
    }

    private static Entity entity(ResultSet rs) throws SQLException {
        return new Entity(rs.getString("id"), rs.getString("entity_type"), rs.getString("name"),
                rs.getString("description"), TaskCodec.stringMap(Json.parse(rs.getString("properties"))));
    }

    @Override
    public List<Entity> searchEntities(String text, int limit) {
        Objects.requireNonNull(text, "text");
        checkLimit(limit);
        List<String> words = queryWords(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return db.run(COMPONENT, "search entities", c -> {
            String cols = "SELECT id, entity_type, name, description, properties FROM entities";
            String sql;
            if (textSearch) {
                sql = cols + ", to_tsquery('english', ?) q WHERE to_tsvector('english', name) @@ q"
                        + " ORDER BY ts_rank(to_tsvector('english', name), q) DESC, LENGTH(name), id LIMIT ?";
            } else {
                String likes = words.stream().map(w -> "LOWER(name) LIKE ? ESCAPE '!'").collect(Collectors.joining(" OR "));
                String score = words.stream().map(w -> "CASE WHEN LOWER(name) LIKE ? ESCAPE '!' THEN 1 ELSE 0 END")
                        .collect(Collectors.joining(" + "));
                sql = cols + " WHERE " + likes + " ORDER BY (" + score + ") DESC, LENGTH(name), id LIMIT ?";
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (textSearch) {
                    ps.setString(i++, orQuery(words));
                } else {
                    for (int round = 0; round < 2; round++) {
                        for (String w : words) {
                            ps.setString(i++, "%" + w + "%");
                        }
                    }
                }
                ps.setInt(i, limit);
                List<Entity> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entity(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void putRelationship(Relationship relationship) {
        Objects.requireNonNull(relationship, "relationship");
        db.run(COMPONENT, "put relationship", c -> {
            try (PreparedStatement ps = c.prepareStatement(relSql)) {
                ps.setString(1, relationship.sourceId());
                ps.setString(2, relationship.targetId());
                ps.setString(3, relationship.type());
                ps.setDouble(4, relationship.weight());
                Db.setInstant(ps, 5, db.clock().instant());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Relationship> relationshipsOf(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return db.run(COMPONENT, "relationships of " + entityId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT source_id, target_id, relationship_type, weight"
                    + " FROM relationships WHERE source_id = ? UNION ALL SELECT source_id, target_id,"
                    + " relationship_type, weight FROM relationships WHERE target_id = ? AND source_id <> ?")) {
                ps.setString(1, entityId);
                ps.setString(2, entityId);
                ps.setString(3, entityId);
                List<Relationship> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Relationship(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void recordHistory(HistoryEntry entry) {
        Objects.requireNonNull(entry, "entry");
        db.run(COMPONENT, "record history of " + entry.taskId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_history (task_id, user_id, goal, status,"
                    + " summary, duration_ns, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, entry.taskId());
                ps.setString(2, entry.userId());
                ps.setString(3, entry.goal());
                ps.setString(4, TaskCodec.status(entry.status()));
                ps.setString(5, entry.summary());
                ps.setLong(6, entry.duration().toNanos());
                Db.setInstant(ps, 7, entry.createdAt());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<HistoryEntry> history(String userId, int limit) {
        checkLimit(limit);
        return db.run(COMPONENT, "read history", c -> {
            String sql = "SELECT task_id, user_id, goal, status, summary, duration_ns, created_at FROM task_history"
                    + (userId == null ? "" : " WHERE user_id = ?") + " ORDER BY created_at DESC, id DESC LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (userId != null) {
                    ps.setString(i++, userId);
                }
                ps.setInt(i, limit);
                List<HistoryEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                                TaskCodec.status(rs.getString(4)), rs.getString(5), Db.getInstant(rs, "created_at"),
                                Duration.ofNanos(rs.getLong(6))));
                    }
                }
                return out;
            }
        });
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
