package io.octollm.jdbc.ratelimit;

import io.octollm.jdbc.internal.Db;
import io.octollm.spi.StoreException;
import io.octollm.spi.ratelimit.BucketDecision;
import io.octollm.spi.ratelimit.BucketStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * {@link BucketStore} on H2 or PostgreSQL, table {@code rate_buckets}. One check is atomic per
 * bucket across threads and processes:
 * <ul>
 *   <li>PostgreSQL: a single {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} statement
 *       with the refill arithmetic in SQL (the row lock of the upsert serialises checks);</li>
 *   <li>H2: {@code SELECT ... FOR UPDATE} in a transaction, arithmetic in Java, then update
 *       (a first insert that races another is retried).</li>
 * </ul>
 * A bucket never seen is full. Refill is continuous: {@code min(capacity, tokens + elapsed *
 * rate)}; time going backwards refills nothing.
 *
 * <p>Thread-safe. {@link #tryConsume} throws {@link StoreException} (component
 * {@code jdbc-bucket-store}); the caller decides whether to fail open or closed.
 */
public final class JdbcBucketStore implements BucketStore {
    static final String COMPONENT = "jdbc-bucket-store";

    private static final String REFILLED = "LEAST(CAST(? AS DOUBLE PRECISION), b.tokens + "
            + "CAST(GREATEST(0, CAST(? AS BIGINT) - b.last_refill_ms) AS DOUBLE PRECISION) / 1000.0"
            + " * CAST(? AS DOUBLE PRECISION))";
    private static final String PG_UPSERT = "INSERT INTO rate_buckets AS b (bucket_key, tokens, last_refill_ms,"
            + " last_allowed) VALUES (?, ?, ?, ?) ON CONFLICT (bucket_key) DO UPDATE SET"
            + " tokens = CASE WHEN " + REFILLED + " >= CAST(? AS DOUBLE PRECISION) THEN " + REFILLED
            + " - CAST(? AS DOUBLE PRECISION) ELSE " + REFILLED + " END,"
            + " last_allowed = " + REFILLED + " >= CAST(? AS DOUBLE PRECISION),"
            + " last_refill_ms = GREATEST(b.last_refill_ms, CAST(? AS BIGINT))"
            + " RETURNING tokens, last_allowed";
    private static final int INSERT_RACE_RETRIES = 5;

    private final Db db;

    /**
     * Use {@code JdbcStores.bucketStore()}; this constructor is for the module's own wiring.
     *
     * @param db database (internal type)
     */
    public JdbcBucketStore(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public BucketDecision tryConsume(String key, double capacity, double refillPerSecond, double cost, long nowMillis) {
        Objects.requireNonNull(key, "key");
        if (!(capacity > 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("capacity must be a finite number > 0, was " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException("refillPerSecond must be a finite number > 0, was " + refillPerSecond);
        }
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("cost must be a finite number >= 0, was " + cost);
        }
        if (db.dialect().upsertReturning()) {
            return db.run(COMPONENT, "check bucket " + key, c -> upsert(c, key, capacity, refillPerSecond, cost, nowMillis));
        }
        for (int i = 0;; i++) {
            try {
                return db.inTransaction(COMPONENT, "check bucket " + key,
                        c -> lockAndUpdate(c, key, capacity, refillPerSecond, cost, nowMillis));
            } catch (StoreException e) {
                if (i < INSERT_RACE_RETRIES && e.getCause() instanceof SQLException s && Db.isUniqueViolation(s)) {
                    continue; // another thread created the bucket first: read it now
                }
                throw e;
            }
        }
    }

    private static BucketDecision upsert(Connection c, String key, double capacity, double rate, double cost,
            long now) throws SQLException {
        boolean fullAllows = capacity >= cost;
        try (PreparedStatement ps = c.prepareStatement(PG_UPSERT)) {
            int i = 1;
            ps.setString(i++, key);
            ps.setDouble(i++, fullAllows ? capacity - cost : capacity);
            ps.setLong(i++, now);
            ps.setBoolean(i++, fullAllows);
            // CASE WHEN refilled >= cost THEN refilled - cost ELSE refilled END
            i = bindRefilled(ps, i, capacity, now, rate);
            ps.setDouble(i++, cost);
            i = bindRefilled(ps, i, capacity, now, rate);
            ps.setDouble(i++, cost);
            i = bindRefilled(ps, i, capacity, now, rate);
            // last_allowed = refilled >= cost
            i = bindRefilled(ps, i, capacity, now, rate);
            ps.setDouble(i++, cost);
            ps.setLong(i, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return decision(rs.getBoolean(2), rs.getDouble(1), cost, rate);
            }
        }
    }

    private static int bindRefilled(PreparedStatement ps, int i, double capacity, long now, double rate)
            throws SQLException {
        ps.setDouble(i, capacity);
        ps.setLong(i + 1, now);
        ps.setDouble(i + 2, rate);
        return i + 3;
    }

    private static BucketDecision lockAndUpdate(Connection c, String key, double capacity, double rate, double cost,
            long now) throws SQLException {
        double tokens;
        long last;
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tokens, last_refill_ms FROM rate_buckets WHERE bucket_key = ? FOR UPDATE")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
                tokens = exists ? rs.getDouble(1) : capacity;
                last = exists ? rs.getLong(2) : now;
            }
        }
        double refilled = Math.min(capacity, tokens + Math.max(0, now - last) / 1000.0 * rate);
        boolean allowed = refilled >= cost;
        double after = allowed ? refilled - cost : refilled;
        String sql = exists
                ? "UPDATE rate_buckets SET tokens = ?, last_refill_ms = ?, last_allowed = ? WHERE bucket_key = ?"
                : "INSERT INTO rate_buckets (tokens, last_refill_ms, last_allowed, bucket_key) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDouble(1, after);
            ps.setLong(2, Math.max(last, now));
            ps.setBoolean(3, allowed);
            ps.setString(4, key);
            ps.executeUpdate();
        }
        return decision(allowed, after, cost, rate);
    }

    private static BucketDecision decision(boolean allowed, double tokens, double cost, double rate) {
        if (allowed) {
            return new BucketDecision(true, tokens, 0);
        }
        double wait = Math.ceil((cost - tokens) / rate * 1000.0);
        long retry = wait >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) wait);
        return new BucketDecision(false, tokens, retry);
    }
}
