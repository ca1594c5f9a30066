package io.octollm.jdbc.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.jdbc.testing.Fixtures;
import io.octollm.spi.store.Document;
import io.octollm.spi.store.Entity;
import io.octollm.spi.store.HistoryEntry;
import io.octollm.spi.store.MemoryStore;
import io.octollm.spi.store.Relationship;
import io.octollm.spi.store.ScoredDocument;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;

class JdbcMemoryStoreTest {

    @BothDatabases
    void searchDocuments_ranksDocumentsMatchingMoreWordsFirst(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            MemoryStore m = stores.memoryStore();
            m.putDocuments(List.of(
                    new Document("a.md", "docs/a.md", "Configure the connection pool size and timeout.", Map.of("lang", "en")),
                    new Document("b.md", "docs/b.md", "The pool in the garden is blue.", Map.of()),
                    new Document("c.md", "docs/c.md", "Nothing relevant here at all.", Map.of())));
            List<ScoredDocument> hits = m.searchDocuments("connection pool timeout", 10);
            assertThat(hits).extracting(h -> h.document().id()).containsExactly("a.md", "b.md");
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
            assertThat(hits.get(0).document().metadata()).containsEntry("lang", "en");
            assertThat(m.searchDocuments("pool", 1)).hasSize(1);
            assertThat(m.searchDocuments("'; DROP TABLE documents; --", 5)).isEmpty();
            assertThat(m.searchDocuments("   ", 5)).isEmpty();
            assertThat(m.documentCount()).isEqualTo(3);
        }
    }

    @BothDatabases
    void putDocuments_sameId_replacesContentAndSearchTerms(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            MemoryStore m = stores.memoryStore();
            m.putDocuments(List.of(new Document("a", "s", "alpha beta", Map.of())));
            m.putDocuments(List.of(new Document("a", "s2", "gamma delta", Map.of())));
            assertThat(m.searchDocuments("alpha", 5)).isEmpty();
            assertThat(m.searchDocuments("gamma", 5)).extracting(h -> h.document().source()).containsExactly("s2");
            assertThat(m.findDocument("a").orElseThrow().content()).isEqualTo("gamma delta");
            assertThat(m.findDocument("zzz")).isEmpty();
            assertThat(m.documentCount()).isEqualTo(1);
        }
    }

    @BothDatabases
    void entities_findAndSearchByName_andRelationshipsBothWays(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            MemoryStore m = stores.memoryStore();
            Entity nmap = new Entity("e1", "tool", "Nmap Scanner", "port scanner", Map.of("license", "GPL"));
            m.putEntity(nmap);
            m.putEntity(new Entity("e2", "library", "OpenSSL", null, null));
            m.putEntity(new Entity("e3", "tool", "Network Scanner Pro", "", Map.of()));
            assertThat(m.findEntity("e1")).contains(nmap);
            assertThat(m.searchEntities("scanner", 10)).extracting(Entity::id).containsExactlyInAnyOrder("e1", "e3");
            assertThat(m.searchEntities("openssl", 10)).extracting(Entity::id).containsExactly("e2");
            m.putRelationship(new Relationship("e1", "e2", "uses", 1.0));
            m.putRelationship(new Relationship("e1", "e2", "uses", 0.5));
            m.putRelationship(new Relationship("e3", "e1", "depends_on", 1.0));
            assertThat(m.relationshipsOf("e1")).containsExactlyInAnyOrder(new Relationship("e1", "e2", "uses", 0.5),
                    new Relationship("e3", "e1", "depends_on", 1.0));
            assertThat(m.relationshipsOf("e2")).hasSize(1);
        }
    }

    @BothDatabases
    void history_newestFirst_filteredByUser(Backend backend) {
        try (JdbcStores stores = backend.open()) {
            MemoryStore m = stores.memoryStore();
            for (int i = 0; i < 5; i++) {
                m.recordHistory(new HistoryEntry("t-" + i, i % 2 == 0 ? "alice" : null, "goal " + i, TaskStatus.COMPLETED,
                        "sum " + i, Fixtures.T0.plusSeconds(i), Duration.ofMillis(i)));
            }
            assertThat(m.history(null, 3)).extracting(HistoryEntry::taskId).containsExactly("t-4", "t-3", "t-2");
            List<HistoryEntry> alice = m.history("alice", 10);
            assertThat(alice).extracting(HistoryEntry::taskId).containsExactly("t-4", "t-2", "t-0");
            assertThat(alice.get(0)).isEqualTo(new HistoryEntry("t-4", "alice", "goal 4", TaskStatus.COMPLETED, "sum 4",
                    Fixtures.T0.plusSeconds(4), Duration.ofMillis(4)));
        }
    }
}
