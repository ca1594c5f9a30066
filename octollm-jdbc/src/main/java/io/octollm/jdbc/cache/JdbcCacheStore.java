package io.octollm.jdbc.cache;

import io.octollm.jdbc.internal.Db;
import io.octollm.spi.StoreException;
import io.octollm.spi.store.CacheEntry;
import io.octollm.spi.store.CacheStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CacheStore} on H2 or PostgreSQL: table {@code cache_entries} with an index on
 * {@code expires_at} (purge) and, on PostgreSQL, a {@code text_pattern_ops} index so prefix
 * invalidation ({@code LIKE 'prefix%'}) uses an index; tags live in {@code cache_tags}, deleted
 * with their entry by a cascading foreign key. A put replaces entry and tags in one transaction.
 *
 * <p>Thread-safe. Methods throw {@link StoreException} (component {@code jdbc-cache-store}),
 * which callers of an L2 cache treat as a miss.
 */
public final class JdbcCacheStore implements CacheStore {
    static final String COMPONENT = "jdbc-cache-store";

    private final Db db;
    private final String upsertSql;

    /**
     * Use {@code JdbcStores.cacheStore()}; this constructor is for the module's own wiring.
     *
     * @param db database (internal type)
     */
    public JdbcCacheStore(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        this.upsertSql = db.dialect().upsert("cache_entries", List.of("cache_key"),
                List.of("cache_key", "cache_value", "expires_at", "created_at"));
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public Optional<CacheEntry> get(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        return db.run(COMPONENT, "get " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT e.cache_value, e.expires_at, t.tag"
                    + " FROM cache_entries e LEFT JOIN cache_tags t ON t.cache_key = e.cache_key"
                    + " WHERE e.cache_key = ? AND e.expires_at > ?")) {
                ps.setString(1, key);
                Db.setInstant(ps, 2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    String value = null;
                    Instant expires = null;
                    Set<String> tags = new HashSet<>();
                    while (rs.next()) {
                        value = rs.getString(1);
                        expires = Db.getInstant(rs, "expires_at");
                        String tag = rs.getString(3);
                        if (tag != null) {
                            tags.add(tag);
                        }
                    }
                    return value == null ? Optional.empty() : Optional.of(new CacheEntry(key, value, expires, tags));
                }
            }
        });
    }

    @Override
    public void put(String key, String value, Duration ttl, Set<String> tags, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(now, "now");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        Set<String> tagSet = tags == null ? Set.of() : Set.copyOf(tags);
        db.inTransaction(COMPONENT, "put " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
                ps.setString(1, key);
                ps.setString(2, value);
                Db.setInstant(ps, 3, now.plus(ttl));
                Db.setInstant(ps, 4, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM cache_tags WHERE cache_key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            if (!tagSet.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO cache_tags (tag, cache_key) VALUES (?, ?)")) {
                    for (String tag : tagSet) {
                        ps.setString(1, tag);
                        ps.setString(2, key);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public boolean invalidate(String key) {
        Objects.requireNonNull(key, "key");
        return db.run(COMPONENT, "invalidate " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM cache_entries WHERE cache_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int invalidatePrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix must not be empty");
        }
        return db.run(COMPONENT, "invalidate prefix " + prefix, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM cache_entries WHERE cache_key LIKE ? ESCAPE '!'")) {
                ps.setString(1, escapeLike(prefix) + "%");
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int invalidateTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        return db.run(COMPONENT, "invalidate tag " + tag, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM cache_entries WHERE cache_key IN"
                    + " (SELECT cache_key FROM cache_tags WHERE tag = ?)")) {
                ps.setString(1, tag);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return db.run(COMPONENT, "purge expired", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM cache_entries WHERE expires_at <= ?")) {
                Db.setInstant(ps, 1, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Escapes {@code %}, {@code _} and the escape character {@code !} for a LIKE pattern. */
    static String escapeLike(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' || ch == '_' || ch == '!') {
                sb.append('!');
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
