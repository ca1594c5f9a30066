package io.octollm.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** PostgreSQL: {@code ON CONFLICT}, {@code SKIP LOCKED}, tsvector search, advisory-locked migrations. */
final class PostgresDialect implements Dialect {
    /** Arbitrary constant naming the migration lock. */
    private static final long MIGRATION_LOCK = 0x0C70_11A4_0000_0001L;

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> columns, int rows) {
        List<String> sets = new ArrayList<>();
        for (String c : columns) {
            if (!keys.contains(c)) {
                sets.add(c + " = EXCLUDED." + c);
            }
        }
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row)) + " ON CONFLICT (" + String.join(", ", keys) + ") "
                + (sets.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", sets));
    }

    @Override
    public String bulkStatusUpdate(int rows) {
        return "UPDATE tasks t SET status = v.status, updated_at = x.at FROM (VALUES " + String.join(", ",
                Collections.nCopies(rows, "(CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(16)))"))
                + ") AS v(id, status), (SELECT CAST(? AS TIMESTAMP WITH TIME ZONE) AS at) x WHERE t.id = v.id";
    }

    @Override
    public boolean pipelinesStatements() {
        return true;
    }

    @Override
    public String insertIgnore(String table, List<String> keys, List<String> columns) {
        return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keys) + ") DO NOTHING";
    }

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public boolean insertIgnoreNeedsCatch() {
        return false;
    }

    @Override
    public boolean skipLockedClaims() {
        return true;
    }

    @Override
    public boolean upsertReturning() {
        return true;
    }

    @Override
    public boolean textSearch() {
        return true;
    }

    @Override
    public void lockForMigration(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
