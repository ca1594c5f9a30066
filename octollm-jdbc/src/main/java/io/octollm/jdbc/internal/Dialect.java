package io.octollm.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Internal, may change. The few places where H2 2.x and PostgreSQL differ: upsert syntax, how a
 * queue row is claimed, how full-text search works, how migrations are serialised and how a large
 * read streams. Implementations are stateless and thread-safe.
 */
public interface Dialect {
    /** H2 2.x, embedded or in-memory. */
    Dialect H2 = new H2Dialect();
    /** PostgreSQL (tested on 14 and meant for 15+). */
    Dialect POSTGRESQL = new PostgresDialect();

    /** @return {@code h2} or {@code postgresql}; also the schema script folder */
    String name();

    /**
     * @param table table
     * @param keys key columns (a primary or unique key)
     * @param columns all columns, keys included, in parameter order
     * @return an insert-or-replace statement with one parameter per column
     */
    default String upsert(String table, List<String> keys, List<String> columns) {
        return upsert(table, keys, columns, 1);
    }

    /**
     * @param table table
     * @param keys key columns (a primary or unique key)
     * @param columns all columns, keys included, in parameter order
     * @param rows how many rows the statement writes (a multi-row {@code VALUES} list)
     * @return an insert-or-replace statement with one parameter per column and row; rows must
     *     have distinct keys
     */
    String upsert(String table, List<String> keys, List<String> columns, int rows);

    /**
     * @return true when the driver sends the statements of one multi-statement command in a single
     *     round trip, run by the server as one implicit transaction (PostgreSQL's extended protocol
     *     with one Sync)
     */
    boolean pipelinesStatements();

    /**
     * @param table table
     * @param keys key columns
     * @param columns all columns in parameter order
     * @return an insert that leaves an existing row alone; see {@link #insertIgnoreNeedsCatch()}
     */
    String insertIgnore(String table, List<String> keys, List<String> columns);

    /**
     * @return true when {@link #insertIgnore} is a plain insert whose duplicate-key error the
     *     caller must treat as "already there" (H2 does not abort the transaction on it)
     */
    boolean insertIgnoreNeedsCatch();

    /**
     * @return true when {@code SELECT ... LIMIT 1 FOR UPDATE SKIP LOCKED} returns the first
     *     unlocked row (PostgreSQL). H2 2.3 applies the limit before skipping, so it claims with a
     *     compare-and-set update instead.
     */
    boolean skipLockedClaims();

    /**
     * @param rows number of {@code (task id, status)} pairs
     * @return one statement changing the status (and {@code updated_at}) of many tasks; parameters:
     *     the pairs in order, then the update time
     */
    String bulkStatusUpdate(int rows);

    /** @return true when the token bucket can be updated by one {@code INSERT ... ON CONFLICT ... RETURNING} */
    boolean upsertReturning();

    /** @return true when documents and entity names are searched with tsvector/tsquery */
    boolean textSearch();

    /**
     * Serialises concurrent schema migrations from several processes, inside the caller's
     * transaction.
     *
     * @param c connection in a transaction
     * @throws SQLException on failure
     */
    void lockForMigration(Connection c) throws SQLException;

    /**
     * @param jdbcUrl a JDBC URL
     * @return the dialect for it
     * @throws IllegalArgumentException for a database that is neither H2 nor PostgreSQL
     */
    static Dialect forUrl(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (H2 or PostgreSQL expected): "
                + Db.safeUrl(jdbcUrl));
    }

    /**
     * @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
     * @return the dialect for it
     * @throws IllegalArgumentException for a database that is neither H2 nor PostgreSQL
     */
    static Dialect forProduct(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database (H2 or PostgreSQL expected): " + productName);
    }
}
