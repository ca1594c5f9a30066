package io.octollm.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.octollm.jdbc.cache.JdbcCacheStore;
import io.octollm.jdbc.internal.Db;
import io.octollm.jdbc.internal.Dialect;
import io.octollm.jdbc.internal.Schema;
import io.octollm.jdbc.memory.JdbcMemoryStore;
import io.octollm.jdbc.queue.JdbcTaskQueue;
import io.octollm.jdbc.ratelimit.JdbcBucketStore;
import io.octollm.jdbc.task.JdbcTaskStore;
import io.octollm.spi.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC stores on one database, H2 2.x or PostgreSQL:
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.builder().url("jdbc:h2:./octollm-db").migrate(true).build()) {
 *     TaskStore tasks = stores.taskStore();
 *     TaskQueue queue = stores.taskQueue();
 *     ...
 * }
 * }</pre>
 *
 * <p>Given a URL, it owns a HikariCP pool sized like the reference deployment: 20 connections kept
 * (the base), up to 30 under load (base + overflow 10), 30 s connection timeout, 1 h maximum
 * lifetime; HikariCP validates a connection ({@link Connection#isValid}) before handing it out when
 * it was idle for more than 500 ms. Given a {@link DataSource}, it uses that and does not close it.
 *
 * <p>The schema is versioned ({@code schema_version} table); with {@code migrate(true)} missing
 * versions are applied on build, otherwise build checks that the database is up to date.
 * {@link #schemaScript(String)} prints the SQL for a DBA.
 *
 * <p>Immutable and thread-safe; every store it returns is thread-safe. Store methods throw
 * {@link StoreException}.
 */
public final class JdbcStores implements AutoCloseable {
    private final Db db;
    private final HikariDataSource ownedPool;
    private final JdbcTaskStore taskStore;
    private final JdbcMemoryStore memoryStore;
    private final JdbcCacheStore cacheStore;
    private final JdbcBucketStore bucketStore;
    private final JdbcTaskQueue taskQueue;

    private JdbcStores(Db db, HikariDataSource ownedPool) {
        this.db = db;
        this.ownedPool = ownedPool;
        this.taskStore = new JdbcTaskStore(db);
        this.memoryStore = new JdbcMemoryStore(db);
        this.cacheStore = new JdbcCacheStore(db);
        this.bucketStore = new JdbcBucketStore(db);
        this.taskQueue = new JdbcTaskQueue(db);
    }

    /** @return a builder; set {@link Builder#url} or {@link Builder#dataSource} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The complete schema for a dialect, as a DBA would apply it by hand (every versioned script
     * in order, then the {@code schema_version} rows).
     *
     * @param dialect {@code h2} or {@code postgresql}
     * @return SQL text
     * @throws IllegalArgumentException for another dialect
     */
    public static String schemaScript(String dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return Schema.script(dialectNamed(dialect));
    }

    private static Dialect dialectNamed(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "h2":
                return Dialect.H2;
            case "postgresql":
            case "postgres":
                return Dialect.POSTGRESQL;
            default:
                throw new IllegalArgumentException("dialect must be h2 or postgresql, was '" + name + "'");
        }
    }

    /** @return tasks, plans, step results and provenance */
    public JdbcTaskStore taskStore() {
        return taskStore;
    }

    /** @return documents, entities, relationships and task history */
    public JdbcMemoryStore memoryStore() {
        return memoryStore;
    }

    /** @return the shared L2 response cache */
    public JdbcCacheStore cacheStore() {
        return cacheStore;
    }

    /** @return shared rate-limit buckets */
    public JdbcBucketStore bucketStore() {
        return bucketStore;
    }

    /** @return the durable task queue */
    public JdbcTaskQueue taskQueue() {
        return taskQueue;
    }

    /** @return the data source the stores use (the owned pool, or the host's) */
    public DataSource dataSource() {
        return db.dataSource();
    }

    /** @return {@code h2} or {@code postgresql} */
    public String dialect() {
        return db.dialect().name();
    }

    /** Closes the owned pool; a host's data source is left open. Idempotent. */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    /**
     * Builds {@link JdbcStores}. Not thread-safe; {@link #build()} returns an immutable object.
     */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private DataSource dataSource;
        private boolean migrate;
        private int poolSize = 20;
        private int maxOverflow = 10;
        private Duration connectionTimeout = Duration.ofSeconds(30);
        private Duration maxLifetime = Duration.ofHours(1);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @param url JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql:...} @return this */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** @param user database user @return this */
        public Builder user(String user) {
            this.user = Objects.requireNonNull(user, "user");
            return this;
        }

        /** @param password database password @return this */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** @param dataSource the host's data source (not closed by {@link JdbcStores#close()}) @return this */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** @param migrate apply missing schema versions on build (default false: only check) @return this */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /** @param size connections kept open, 1..1000 (default 20) @return this */
        public Builder poolSize(int size) {
            if (size < 1 || size > 1000) {
                throw new IllegalArgumentException("poolSize must be in 1..1000, was " + size);
            }
            this.poolSize = size;
            return this;
        }

        /** @param overflow extra connections under load, 0..1000 (default 10) @return this */
        public Builder maxOverflow(int overflow) {
            if (overflow < 0 || overflow > 1000) {
                throw new IllegalArgumentException("maxOverflow must be in 0..1000, was " + overflow);
            }
            this.maxOverflow = overflow;
            return this;
        }

        /** @param timeout wait for a pooled connection, at least 250 ms (default 30 s) @return this */
        public Builder connectionTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.toMillis() < 250) {
                throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, was " + timeout);
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /** @param lifetime recycle connections after this long, at least 30 s (default 1 h) @return this */
        public Builder maxLifetime(Duration lifetime) {
            Objects.requireNonNull(lifetime, "lifetime");
            if (lifetime.toSeconds() < 30) {
                throw new IllegalArgumentException("maxLifetime must be at least 30 s, was " + lifetime);
            }
            this.maxLifetime = lifetime;
            return this;
        }

        /** @param clock time source for leases and row times (default UTC system clock) @return this */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Connects, checks or applies the schema and returns the stores.
         *
         * @return the stores
         * @throws IllegalStateException when neither or both of url and dataSource are set
         * @throws IllegalArgumentException for a database other than H2 or PostgreSQL
         * @throws StoreException when the database is unreachable (transient) or the schema is not
         *     up to date and {@code migrate} is off
         */
        public JdbcStores build() {
            if ((url == null) == (dataSource == null)) {
                throw new IllegalStateException("set exactly one of url(...) and dataSource(...)");
            }
            HikariDataSource pool = null;
            DataSource ds = dataSource;
            Dialect dialect;
            if (url != null) {
                dialect = Dialect.forUrl(url);
                pool = pool(dialect);
                ds = pool;
            } else {
                dialect = detect(dataSource);
            }
            try {
                Db db = new Db(ds, dialect, clock);
                if (migrate) {
                    Schema.migrate(db);
                } else {
                    Schema.verify(db);
                }
                return new JdbcStores(db, pool);
            } catch (RuntimeException e) {
                if (pool != null) {
                    pool.close();
                }
                throw e;
            }
        }

        private HikariDataSource pool(Dialect dialect) {
            HikariConfig cfg = new HikariConfig();
            cfg.setPoolName("octollm-jdbc");
            cfg.setJdbcUrl(url);
            if (user != null) {
                cfg.setUsername(user);
            }
            if (password != null) {
                cfg.setPassword(password);
            }
            cfg.setMinimumIdle(poolSize);
            cfg.setMaximumPoolSize(poolSize + maxOverflow);
            cfg.setConnectionTimeout(connectionTimeout.toMillis());
            cfg.setMaxLifetime(maxLifetime.toMillis());
            if (dialect == Dialect.H2) {
                cfg.setDriverClassName("org.h2.Driver");
            } else {
                cfg.setDriverClassName("org.postgresql.Driver");
                cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
            try {
                return new HikariDataSource(cfg);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                boolean transientFailure = !(cause instanceof SQLException s) || Db.isTransient(s)
                        || s.getSQLState() == null;
                throw new StoreException("jdbc", "cannot connect to " + Db.safeUrl(url) + ": "
                        + Db.safeUrl(String.valueOf(cause.getMessage())), e, transientFailure);
            }
        }

        private static Dialect detect(DataSource ds) {
            try (Connection c = ds.getConnection()) {
                return Dialect.forProduct(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw Db.error("jdbc", "connect to the data source", e);
            }
        }
    }
}
