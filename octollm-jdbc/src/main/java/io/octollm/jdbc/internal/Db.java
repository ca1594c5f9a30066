package io.octollm.jdbc.internal;

import io.octollm.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Internal, may change. A data source with its dialect and clock, plus the connection,
 * transaction and error handling every store uses: each {@link SQLException} becomes a
 * {@link StoreException} naming the store and the operation, flagged transient for lost
 * connections, pool timeouts, lock timeouts, deadlocks and serialisation failures. Thread-safe.
 */
public final class Db {
    private static final Pattern SECRET = Pattern.compile("(?i)(password|pwd)=[^;&]*");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;

    /**
     * @param dataSource connections
     * @param dialect SQL dialect
     * @param clock time source for leases and row times
     */
    public Db(DataSource dataSource, Dialect dialect, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the dialect */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the data source */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A unit of work on a connection.
     *
     * @param <T> result type
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param c the connection
         * @return a result
         * @throws SQLException on failure
         */
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs work in auto-commit mode.
     *
     * @param component store name for errors
     * @param operation what is being done, for errors
     * @param work the work
     * @param <T> result type
     * @return the work's result
     * @throws StoreException when the database fails
     */
    public <T> T run(String component, String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw error(component, operation, e);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param component store name for errors
     * @param operation what is being done, for errors
     * @param work the work
     * @param <T> result type
     * @return the work's result
     * @throws StoreException when the database fails
     */
    public <T> T inTransaction(String component, String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                restore(c, auto);
            }
        } catch (SQLException e) {
            throw error(component, operation, e);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    private static void restore(Connection c, boolean auto) {
        try {
            c.setAutoCommit(auto);
        } catch (SQLException ignored) {
            // the pool resets or evicts the connection
        }
    }

    /**
     * @param component store name
     * @param operation what failed
     * @param e the cause
     * @return a store exception naming both, transient when a retry may succeed
     */
    public static StoreException error(String component, String operation, SQLException e) {
        String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
        return new StoreException(component, operation + " failed: " + safeUrl(String.valueOf(e.getMessage())) + state,
                e, isTransient(e));
    }

    /**
     * @param e a database error
     * @return true for failures that a later retry may not hit: connection errors (SQLState
     *     class 08), pool timeouts, lock and statement timeouts, deadlocks, serialisation
     *     failures and server shutdown
     */
    public static boolean isTransient(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String st = s.getSQLState();
                if (st.startsWith("08") || st.equals("40001") || st.equals("40P01") || st.startsWith("57P")
                        || st.equals("HYT00") || st.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param e a database error
     * @return true for a unique-key violation (SQLState 23505)
     */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * @param text a URL or a message that may contain one
     * @return the text with {@code password=...} values masked
     */
    public static String safeUrl(String text) {
        return SECRET.matcher(text).replaceAll("$1=***");
    }

    /**
     * Binds an instant as {@code TIMESTAMP WITH TIME ZONE}, truncated to microseconds (the
     * precision both databases keep).
     *
     * @param ps statement
     * @param index parameter index
     * @param t instant, or null
     * @throws SQLException on failure
     */
    public static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    /**
     * @param rs result set
     * @param column column label
     * @return the instant, or null
     * @throws SQLException on failure
     */
    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * @param t an instant
     * @return it truncated to what the database keeps
     */
    public static Instant stored(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Binds a nullable long.
     *
     * @param ps statement
     * @param index index
     * @param v value or null
     * @throws SQLException on failure
     */
    public static void setLong(PreparedStatement ps, int index, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, v);
        }
    }

    /**
     * @param rs result set
     * @param column column label
     * @return the value, or null for SQL NULL
     * @throws SQLException on failure
     */
    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
