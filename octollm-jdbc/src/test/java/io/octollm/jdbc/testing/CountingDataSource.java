package io.octollm.jdbc.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts database round trips: every {@code execute*} call of a
 * statement (a batch counts once). Thread-safe.
 */
public final class CountingDataSource implements DataSource {
    private final DataSource delegate;
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final AtomicInteger batchedRows = new AtomicInteger();

    /** @param delegate the real data source */
    public CountingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** @return statements executed since the last reset */
    public int roundTrips() {
        return roundTrips.get();
    }

    /** @return rows added to batches since the last reset */
    public int batchedRows() {
        return batchedRows.get();
    }

    /** Zeroes the counters. */
    public void reset() {
        roundTrips.set(0);
        batchedRows.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        InvocationHandler h = (proxy, m, args) -> {
            Object r = invoke(c, m, args);
            if (r instanceof Statement s) {
                return statement(s, m.getReturnType());
            }
            return r;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private Object statement(Statement s, Class<?> type) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().startsWith("execute")) {
                roundTrips.incrementAndGet();
            } else if (m.getName().equals("addBatch")) {
                batchedRows.incrementAndGet();
            }
            return invoke(s, m, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
