package io.octollm.core.store;

import io.octollm.core.internal.Words;
import io.octollm.spi.store.Document;
import io.octollm.spi.store.Entity;
import io.octollm.spi.store.HistoryEntry;
import io.octollm.spi.store.MemoryStore;
import io.octollm.spi.store.Relationship;
import io.octollm.spi.store.ScoredDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Memory in the heap: documents searched with BM25 (k1 = 1.2, b = 0.75) over an inverted index
 * kept up to date on every put, entities, relationships, and the newest 10,000 history entries.
 * Thread-safe (a read-write lock).
 */
@jakarta.inject.Singleton
public final class InMemoryMemoryStore implements MemoryStore {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int HISTORY_CAP = 10_000;

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Document> docs = new HashMap<>();
    private final Map<String, Integer> docLength = new HashMap<>();
    private final Map<String, Map<String, Integer>> postings = new HashMap<>();
    private long totalLength;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Set<Relationship> relationships = new LinkedHashSet<>();
    private final ArrayDeque<HistoryEntry> history = new ArrayDeque<>();

    /** Creates an empty store. */
    @jakarta.inject.Inject
    public InMemoryMemoryStore() {
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void putDocuments(List<Document> documents) {
        rw.writeLock().lock();
        try {
            for (Document d : documents) {
                remove(d.id());
                List<String> terms = Words.terms(d.content());
                Map<String, Integer> tf = new HashMap<>();
                for (String t : terms) {
                    tf.merge(t, 1, Integer::sum);
                }
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    postings.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(d.id(), e.getValue());
                }
                docs.put(d.id(), d);
                docLength.put(d.id(), terms.size());
                totalLength += terms.size();
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    private void remove(String id) {
        Document old = docs.remove(id);
        if (old == null) {
            return;
        }
        totalLength -= docLength.remove(id);
        for (String t : new LinkedHashSet<>(Words.terms(old.content()))) {
            Map<String, Integer> p = postings.get(t);
            if (p != null) {
                p.remove(id);
                if (p.isEmpty()) {
                    postings.remove(t);
                }
            }
        }
    }

    @Override
    public Optional<Document> findDocument(String id) {
        rw.readLock().lock();
        try {
            return Optional.ofNullable(docs.get(id));
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public List<ScoredDocument> searchDocuments(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Words.terms(query)));
        rw.readLock().lock();
        try {
            int n = docs.size();
            if (n == 0 || terms.isEmpty()) {
                return List.of();
            }
            double avg = totalLength / (double) n;
            Map<String, Double> scores = new HashMap<>();
            for (String t : terms) {
                Map<String, Integer> p = postings.get(t);
                if (p == null) {
                    continue;
                }
                double idf = Math.log(1 + (n - p.size() + 0.5) / (p.size() + 0.5));
                for (Map.Entry<String, Integer> e : p.entrySet()) {
                    double tf = e.getValue();
                    double len = docLength.get(e.getKey());
                    double s = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / avg));
                    scores.merge(e.getKey(), s, Double::sum);
                }
            }
            List<ScoredDocument> out = new ArrayList<>(scores.size());
            for (Map.Entry<String, Double> e : scores.entrySet()) {
                out.add(new ScoredDocument(docs.get(e.getKey()), e.getValue()));
            }
            out.sort(Comparator.comparingDouble(ScoredDocument::score).reversed()
                    .thenComparing(sd -> sd.document().id()));
            return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public long documentCount() {
        rw.readLock().lock();
        try {
            return docs.size();
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public void putEntity(Entity entity) {
        rw.writeLock().lock();
        try {
            entities.put(entity.id(), entity);
        } finally {
            rw.writeLock().unlock();
        }
    }

    @Override
    public Optional<Entity> findEntity(String id) {
        rw.readLock().lock();
        try {
            return Optional.ofNullable(entities.get(id));
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public List<Entity> searchEntities(String text, int limit) {
        String needle = text.toLowerCase(Locale.ROOT).strip();
        rw.readLock().lock();
        try {
            List<Entity> out = new ArrayList<>();
            for (Entity e : entities.values()) {
                if (e.name().toLowerCase(Locale.ROOT).contains(needle)) {
                    out.add(e);
                }
            }
            out.sort(Comparator.comparingInt((Entity e) -> e.name().length()).thenComparing(Entity::id));
            return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public void putRelationship(Relationship relationship) {
        rw.writeLock().lock();
        try {
            relationships.removeIf(r -> r.sourceId().equals(relationship.sourceId())
                    && r.targetId().equals(relationship.targetId()) && r.type().equals(relationship.type()));
            relationships.add(relationship);
        } finally {
            rw.writeLock().unlock();
        }
    }

    @Override
    public List<Relationship> relationshipsOf(String entityId) {
        rw.readLock().lock();
        try {
            List<Relationship> out = new ArrayList<>();
            for (Relationship r : relationships) {
                if (r.sourceId().equals(entityId) || r.targetId().equals(entityId)) {
                    out.add(r);
                }
            }
            return out;
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public void recordHistory(HistoryEntry entry) {
        rw.writeLock().lock();
        try {
            history.addFirst(entry);
            while (history.size() > HISTORY_CAP) {
                history.removeLast();
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    @Override
    public List<HistoryEntry> history(String userId, int limit) {
        rw.readLock().lock();
        try {
            List<HistoryEntry> out = new ArrayList<>();
            for (Iterator<HistoryEntry> it = history.iterator(); it.hasNext() && out.size() < limit;) {
                HistoryEntry h = it.next();
                if (userId == null || userId.equals(h.userId())) {
                    out.add(h);
                }
            }
            return out;
        } finally {
            rw.readLock().unlock();
        }
    }
}
