package io.octollm.jdbc.internal;

import java.sql.Connection;
import java.util.Collections;
import java.util.List;

/** H2 2.x: {@code MERGE INTO ... KEY}, compare-and-set claims, a token table for search. */
final class H2Dialect implements Dialect {
    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> columns, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
                + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public String bulkStatusUpdate(int rows) {
        return "MERGE INTO tasks t USING (VALUES " + String.join(", ", Collections.nCopies(rows,
                "(CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(16)))")) + ") AS v(id, status) ON t.id = v.id"
                + " WHEN MATCHED THEN UPDATE SET status = v.status, updated_at = CAST(? AS TIMESTAMP WITH TIME ZONE)";
    }

    @Override
    public boolean pipelinesStatements() {
        return false;
    }

    @Override
    public String insertIgnore(String table, List<String> keys, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public boolean insertIgnoreNeedsCatch() {
        return true;
    }

    @Override
    public boolean skipLockedClaims() {
        return false;
    }

    @Override
    public boolean upsertReturning() {
        return false;
    }

    @Override
    public boolean textSearch() {
        return false;
    }

    @Override
    public void lockForMigration(Connection c) {
        // H2 DDL commits on its own; an embedded database has one process migrating it.
    }

    @Override
    public String toString() {
        return name();
    }
}
