package io.octollm.jdbc.internal;

import io.octollm.spi.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal, may change. The versioned schema scripts
 * ({@code io/octollm/jdbc/schema/<dialect>/V<n>__<name>.sql}) and the {@code schema_version}
 * table recording which ones were applied. Stateless and thread-safe; concurrent migrations from
 * several processes are serialised by {@link Dialect#lockForMigration}.
 */
public final class Schema {
    /** The scripts, in order. Add a script here and as a resource. */
    static final List<String> SCRIPTS = List.of("V1__init.sql");
    private static final String COMPONENT = "jdbc-schema";
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    private Schema() {
    }

    /** @return the newest version this code knows */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * @param dialect dialect
     * @return every script's text, in order, as a DBA would apply it
     */
    public static String script(Dialect dialect) {
        StringBuilder sb = new StringBuilder();
        for (String s : SCRIPTS) {
            sb.append("-- ").append(s).append('\n').append(read(dialect, s)).append('\n');
        }
        sb.append("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, ")
                .append("applied_at TIMESTAMP WITH TIME ZONE NOT NULL);\n");
        for (int i = 0; i < SCRIPTS.size(); i++) {
            sb.append("INSERT INTO schema_version (version, description, applied_at) VALUES (").append(i + 1)
                    .append(", '").append(SCRIPTS.get(i)).append("', CURRENT_TIMESTAMP);\n");
        }
        return sb.toString();
    }

    private static String read(Dialect dialect, String script) {
        String path = "/io/octollm/jdbc/schema/" + dialect.name() + "/" + script;
        try (InputStream in = Schema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /**
     * Splits a script into statements: each ends with {@code ;} at the end of a line; lines
     * starting with {@code --} are comments.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String st = cur.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    /**
     * Applies the scripts not applied yet, each in its own transaction with its version row.
     *
     * @param db database
     * @return the versions applied now (empty when up to date)
     * @throws StoreException when a script fails or the database is newer than this code
     */
    public static List<Integer> migrate(Db db) {
        List<Integer> applied = new ArrayList<>();
        db.run(COMPONENT, "create schema_version", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            return null;
        });
        for (int i = 0; i < SCRIPTS.size(); i++) {
            int version = i + 1;
            String name = SCRIPTS.get(i);
            boolean done = db.inTransaction(COMPONENT, "apply " + name, c -> {
                db.dialect().lockForMigration(c);
                int current = currentVersion(c);
                if (current > latestVersion()) {
                    throw new SQLException("database schema version " + current + " is newer than this library's "
                            + latestVersion() + "; upgrade octollm-jdbc");
                }
                if (current >= version) {
                    return false;
                }
                for (String st : statements(read(db.dialect(), name))) {
                    try (Statement s = c.createStatement()) {
                        s.execute(st);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, name);
                    Db.setInstant(ps, 3, db.clock().instant());
                    ps.executeUpdate();
                }
                return true;
            });
            if (done) {
                LOG.info("applied schema {} ({}) on {}", version, name, db.dialect().name());
                applied.add(version);
            }
        }
        return applied;
    }

    /**
     * @param db database
     * @throws StoreException when the schema is missing or not at {@link #latestVersion()}
     */
    public static void verify(Db db) {
        int v = db.run(COMPONENT, "read schema_version", c -> {
            try {
                return currentVersion(c);
            } catch (SQLException e) {
                return 0;
            }
        });
        if (v != latestVersion()) {
            throw new StoreException(COMPONENT, "database schema is at version " + v + ", this library needs "
                    + latestVersion() + "; build the stores with migrate(true) or apply JdbcStores.schemaScript(\""
                    + db.dialect().name() + "\")", null, false);
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
