package io.octollm.jdbc.task;

import io.octollm.jdbc.internal.Db;
import io.octollm.jdbc.internal.TaskCodec;
import io.octollm.jdbc.internal.TaskRows;
import io.octollm.spi.StoreException;
import io.octollm.spi.store.TaskStore;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import io.octollm.spi.task.TaskSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@link TaskStore} on H2 or PostgreSQL. {@link #save} writes the task row, then the step results
 * and the provenance records in one JDBC batch each, all in one transaction (on PostgreSQL: one
 * multi-statement command with multi-row upserts, a single round trip); steps are upserted by
 * {@code (task_id, step_id)} and provenance by {@code (task_id, step_id, arm_id, attempt)}, so a
 * re-run after a crash never duplicates a row (within one result, a repeated key is written once,
 * the last record winning). Provenance is an append-only audit log: a later save adds and updates
 * records but never removes one; steps a later save no longer has are removed. {@link #find} takes two queries (task joined with
 * its steps, then provenance). {@link #stream} reads large listings with a forward-only cursor.
 *
 * <p>Thread-safe. Every method throws {@link StoreException} (component {@code jdbc-task-store})
 * when the database fails; {@link StoreException#isTransient()} is true for lost connections and
 * pool timeouts. Instants are stored with microsecond precision.
 */
public final class JdbcTaskStore implements TaskStore {
    static final String COMPONENT = "jdbc-task-store";
    private static final int FETCH_SIZE = 500;
    private static final int BULK_CHUNK = 500;

    private final Db db;
    private final TaskRows rows;

    /**
     * Use {@code JdbcStores.taskStore()}; this constructor is for the module's own wiring.
     *
     * @param db database (internal type)
     */
    public JdbcTaskStore(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        this.rows = new TaskRows(db.dialect());
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public boolean create(TaskContract contract) {
        Objects.requireNonNull(contract, "contract");
        return db.run(COMPONENT, "create task " + contract.taskId(),
                c -> rows.create(c, contract, db.clock().instant()));
    }

    @Override
    public boolean updateStatus(String taskId, TaskStatus status) {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        return db.run(COMPONENT, "update status of task " + taskId,
                c -> rows.updateStatus(c, taskId, status, db.clock().instant()));
    }

    /**
     * Changes the status of many tasks in one statement ({@code MERGE ... USING (VALUES ...)} on
     * H2, {@code UPDATE ... FROM (VALUES ...)} on PostgreSQL), in chunks of 500.
     *
     * @param statuses new status by task id
     * @return how many tasks were changed (unknown ids are skipped)
     * @throws StoreException when the database fails
     */
    public int updateStatuses(Map<String, TaskStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.isEmpty()) {
            return 0;
        }
        List<Map.Entry<String, TaskStatus>> entries = new ArrayList<>(statuses.entrySet());
        return db.inTransaction(COMPONENT, "update status of " + entries.size() + " tasks", c -> {
            int changed = 0;
            for (int from = 0; from < entries.size(); from += BULK_CHUNK) {
                List<Map.Entry<String, TaskStatus>> chunk = entries.subList(from,
                        Math.min(entries.size(), from + BULK_CHUNK));
                try (PreparedStatement ps = c.prepareStatement(db.dialect().bulkStatusUpdate(chunk.size()))) {
                    int i = 1;
                    for (Map.Entry<String, TaskStatus> e : chunk) {
                        ps.setString(i++, Objects.requireNonNull(e.getKey(), "task id"));
                        ps.setString(i++, TaskCodec.status(Objects.requireNonNull(e.getValue(), "status")));
                    }
                    Db.setInstant(ps, i, db.clock().instant());
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }

    @Override
    public void save(TaskResult result) {
        Objects.requireNonNull(result, "result");
        if (rows.fitsOneCommand(result)) {
            // PostgreSQL: one round trip, run as one implicit transaction in auto-commit mode
            db.run(COMPONENT, "save task " + result.taskId(), c -> {
                rows.saveInOneCommand(c, result, db.clock().instant());
                return null;
            });
            return;
        }
        db.inTransaction(COMPONENT, "save task " + result.taskId(), c -> {
            rows.saveAll(c, List.of(result), db.clock().instant());
            return null;
        });
    }

    /**
     * Saves many results in one transaction with one JDBC batch per table for all of them (task
     * rows, steps, stale-step removal, provenance): a write-behind buffer or a bulk import uses
     * this to persist hundreds of tasks in a handful of round trips. If an id occurs twice, the
     * last result wins.
     *
     * @param results results
     * @throws StoreException when the database fails; nothing is saved then
     */
    public void saveAll(List<TaskResult> results) {
        Objects.requireNonNull(results, "results");
        if (results.isEmpty()) {
            return;
        }
        db.inTransaction(COMPONENT, "save " + results.size() + " tasks", c -> {
            rows.saveAll(c, results, db.clock().instant());
            return null;
        });
    }

    @Override
    public Optional<TaskResult> find(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        return db.run(COMPONENT, "load task " + taskId, c -> rows.load(c, taskId));
    }

    @Override
    public List<TaskSummary> list(TaskQuery query) {
        try (Stream<TaskSummary> s = stream(query)) {
            return s.collect(Collectors.toList());
        }
    }

    /**
     * Streams matching tasks, newest first, from a forward-only cursor (fetch size 500): the rows
     * are read as the stream is consumed. The stream holds a pooled connection until it is closed,
     * so use it in try-with-resources.
     *
     * @param query filter and limit
     * @return a stream that must be closed
     * @throws StoreException when the query fails (also while the stream is consumed)
     */
    public Stream<TaskSummary> stream(TaskQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder(
                "SELECT id, goal, status, priority, user_id, created_at, updated_at FROM tasks WHERE 1 = 1");
        if (query.status() != null) {
            sql.append(" AND status = ?");
        }
        if (query.userId() != null) {
            sql.append(" AND user_id = ?");
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        Connection c = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            c = db.dataSource().getConnection();
            c.setAutoCommit(false); // PostgreSQL uses a server-side cursor only outside auto-commit
            ps = c.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(FETCH_SIZE);
            int i = 1;
            if (query.status() != null) {
                ps.setString(i++, TaskCodec.status(query.status()));
            }
            if (query.userId() != null) {
                ps.setString(i++, query.userId());
            }
            ps.setInt(i, query.limit());
            rs = ps.executeQuery();
        } catch (SQLException e) {
            closeAll(rs, ps, c);
            throw Db.error(COMPONENT, "list tasks", e);
        }
        Cursor cursor = new Cursor(rs, ps, c);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(cursor::close);
    }

    private static void closeAll(ResultSet rs, PreparedStatement ps, Connection c) {
        try {
            if (rs != null) {
                rs.close();
            }
            if (ps != null) {
                ps.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        } finally {
            if (c != null) {
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool resets or evicts it
                }
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** Iterates a result set; closes everything on exhaustion or {@link #close()}. */
    private static final class Cursor implements Iterator<TaskSummary> {
        private final ResultSet rs;
        private final PreparedStatement ps;
        private final Connection c;
        private Boolean hasNext;
        private boolean closed;

        Cursor(ResultSet rs, PreparedStatement ps, Connection c) {
            this.rs = rs;
            this.ps = ps;
            this.c = c;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (hasNext == null) {
                try {
                    hasNext = rs.next();
                } catch (SQLException e) {
                    close();
                    throw Db.error(COMPONENT, "list tasks", e);
                }
                if (!hasNext) {
                    close();
                }
            }
            return hasNext;
        }

        @Override
        public TaskSummary next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return new TaskSummary(rs.getString("id"), rs.getString("goal"), TaskCodec.status(rs.getString("status")),
                        TaskCodec.priority(rs.getInt("priority")), rs.getString("user_id"),
                        Db.getInstant(rs, "created_at"), Db.getInstant(rs, "updated_at"));
            } catch (SQLException e) {
                close();
                throw Db.error(COMPONENT, "list tasks", e);
            }
        }

        void close() {
            if (!closed) {
                closed = true;
                closeAll(rs, ps, c);
            }
        }
    }
}
