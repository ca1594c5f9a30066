package io.octollm.jdbc.queue;

import io.octollm.jdbc.internal.Db;
import io.octollm.jdbc.internal.TaskCodec;
import io.octollm.jdbc.internal.TaskRows;
import io.octollm.spi.StoreException;
import io.octollm.spi.queue.QueuedTask;
import io.octollm.spi.queue.TaskQueue;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TaskQueue} on H2 or PostgreSQL, table {@code task_queue} next to {@code tasks}. A row is
 * {@code ready}, {@code claimed} (by {@code worker_id} until {@code available_at}) or
 * {@code done}; a claimed row whose lease ran out is claimable again, and the new claim counts one
 * more attempt.
 * <ul>
 *   <li>PostgreSQL claims with {@code SELECT ... ORDER BY priority DESC, enqueued_at LIMIT 1
 *       FOR UPDATE SKIP LOCKED}, so concurrent workers never wait on each other; selection, the
 *       lease update and the task's RUNNING status are one statement (one round trip).</li>
 *   <li>H2 2.3 applies {@code LIMIT} before {@code SKIP LOCKED} (a locked first row yields no row at
 *       all), so on H2 a worker reads up to 8 ready and 8 expired candidates and takes the first
 *       with a compare-and-set {@code UPDATE ... WHERE attempt = ? AND (still claimable)}.</li>
 * </ul>
 * {@link #complete} marks the row done and saves the result (task, steps, provenance) in one
 * transaction, only while the worker still holds the task: a second completion, or one from a
 * worker whose task was taken over, returns false and writes nothing. A worker whose lease ran out
 * may still complete while no other worker has claimed the task.
 *
 * <p>Thread-safe and correct across processes. Lease times come from the clock given to
 * {@code JdbcStores}. Methods throw {@link StoreException} (component {@code jdbc-task-queue}).
 */
public final class JdbcTaskQueue implements TaskQueue {
    static final String COMPONENT = "jdbc-task-queue";
    /** Ready rows, and claimed rows whose lease ran out; most urgent, then oldest first. */
    private static final String CLAIMABLE = " state IN ('ready', 'claimed') AND (state = 'ready' OR available_at <= ?)"
            + " ORDER BY priority DESC, enqueued_at, task_id";
    private static final String PG_CLAIM = "WITH pick AS (SELECT task_id FROM task_queue WHERE" + CLAIMABLE
            + " LIMIT 1 FOR UPDATE SKIP LOCKED),"
            + " taken AS (UPDATE task_queue q SET state = 'claimed', worker_id = ?, available_at = ?,"
            + " attempt = q.attempt + 1 FROM pick WHERE q.task_id = pick.task_id RETURNING q.task_id, q.attempt),"
            + " running AS (UPDATE tasks t SET status = ?, updated_at = ? FROM taken WHERE t.id = taken.task_id)"
            + " SELECT taken.task_id, taken.attempt, t.contract FROM taken JOIN tasks t ON t.id = taken.task_id";
    /** H2: one index range each (the index starts with {@code state}), merged in Java. */
    private static final String H2_READY = "SELECT task_id, attempt, priority, enqueued_at FROM task_queue"
            + " WHERE state = 'ready' ORDER BY priority DESC, enqueued_at, task_id LIMIT 8";
    private static final String H2_EXPIRED = "SELECT task_id, attempt, priority, enqueued_at FROM task_queue"
            + " WHERE state = 'claimed' AND available_at <= ? ORDER BY priority DESC, enqueued_at, task_id LIMIT 8";

    private final Db db;
    private final TaskRows rows;
    private final String enqueueSql;

    /**
     * Use {@code JdbcStores.taskQueue()}; this constructor is for the module's own wiring.
     *
     * @param db database (internal type)
     */
    public JdbcTaskQueue(Db db) {
        this.db = Objects.requireNonNull(db, "db");
        this.rows = new TaskRows(db.dialect());
        this.enqueueSql = db.dialect().insertIgnore("task_queue", List.of("task_id"),
                List.of("task_id", "priority", "state", "available_at", "attempt", "enqueued_at"));
    }

    @Override
    public String enqueue(TaskContract contract) {
        Objects.requireNonNull(contract, "contract");
        db.inTransaction(COMPONENT, "enqueue task " + contract.taskId(), c -> {
            Instant now = db.clock().instant();
            rows.create(c, contract, now); // a task created through the task store may be queued later
            try (PreparedStatement ps = c.prepareStatement(enqueueSql)) {
                ps.setString(1, contract.taskId());
                ps.setInt(2, TaskCodec.priority(contract.priority()));
                ps.setString(3, "ready");
                Db.setInstant(ps, 4, now);
                ps.setInt(5, 0);
                Db.setInstant(ps, 6, now);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (!(db.dialect().insertIgnoreNeedsCatch() && Db.isUniqueViolation(e))) {
                    throw e;
                }
                // already queued: enqueuing twice is a no-op
            }
            return null;
        });
        return contract.taskId();
    }

    @Override
    public Optional<QueuedTask> claim(String workerId, Duration lease) {
        Objects.requireNonNull(workerId, "workerId");
        checkLease(lease);
        if (db.dialect().skipLockedClaims()) {
            return db.run(COMPONENT, "claim for " + workerId, c -> claimSkipLocked(c, workerId, lease));
        }
        return db.inTransaction(COMPONENT, "claim for " + workerId, c -> claimCompareAndSet(c, workerId, lease));
    }

    /**
     * PostgreSQL: one statement, so one round trip in auto-commit mode: pick the most urgent
     * claimable row skipping rows other workers have locked, take it, mark the task running and
     * return its contract.
     */
    private Optional<QueuedTask> claimSkipLocked(Connection c, String workerId, Duration lease) throws SQLException {
        Instant now = db.clock().instant();
        Instant until = now.plus(lease);
        try (PreparedStatement ps = c.prepareStatement(PG_CLAIM)) {
            Db.setInstant(ps, 1, now);
            ps.setString(2, workerId);
            Db.setInstant(ps, 3, until);
            ps.setString(4, TaskCodec.status(TaskStatus.RUNNING));
            Db.setInstant(ps, 5, now);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String contract = rs.getString(3);
                if (contract == null) {
                    throw new SQLException("queued task " + rs.getString(1) + " has no stored contract");
                }
                return Optional.of(new QueuedTask(TaskCodec.contract(contract), workerId, Db.stored(until),
                        rs.getInt(2)));
            }
        }
    }

    private Optional<QueuedTask> claimCompareAndSet(Connection c, String workerId, Duration lease)
            throws SQLException {
        Instant now = db.clock().instant();
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(H2_READY)) {
            read(ps, candidates);
        }
        try (PreparedStatement ps = c.prepareStatement(H2_EXPIRED)) {
            Db.setInstant(ps, 1, now);
            read(ps, candidates);
        }
        candidates.sort(Candidate.ORDER);
        Instant until = now.plus(lease);
        for (Candidate cand : candidates) {
            if (take(c, cand.taskId, cand.attempt, workerId, now, until)) {
                return Optional.of(new QueuedTask(contract(c, cand.taskId), workerId, Db.stored(until),
                        cand.attempt + 1));
            }
        }
        return Optional.empty();
    }

    private static void read(PreparedStatement ps, List<Candidate> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Candidate(rs.getString(1), rs.getInt(2), rs.getInt(3), Db.getInstant(rs, "enqueued_at")));
            }
        }
    }

    /** A row that looked claimable when read. */
    private record Candidate(String taskId, int attempt, int priority, Instant enqueuedAt) {
        static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparing(Candidate::enqueuedAt).thenComparing(Candidate::taskId);
    }

    /** Compare-and-set: takes the row only if nobody claimed it since it was read. */
    private boolean take(Connection c, String taskId, int attempt, String workerId, Instant now, Instant until)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE task_queue SET state = 'claimed', worker_id = ?,"
                + " available_at = ?, attempt = attempt + 1 WHERE task_id = ? AND attempt = ?"
                + " AND state IN ('ready', 'claimed') AND (state = 'ready' OR available_at <= ?)")) {
            ps.setString(1, workerId);
            Db.setInstant(ps, 2, until);
            ps.setString(3, taskId);
            ps.setInt(4, attempt);
            Db.setInstant(ps, 5, now);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        rows.updateStatus(c, taskId, TaskStatus.RUNNING, now);
        return true;
    }

    private static TaskContract contract(Connection c, String taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT contract FROM tasks WHERE id = ?")) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new SQLException("queued task " + taskId + " has no stored contract");
                }
                return TaskCodec.contract(rs.getString(1));
            }
        }
    }

    @Override
    public boolean heartbeat(String taskId, String workerId, Duration lease) {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(workerId, "workerId");
        checkLease(lease);
        return db.run(COMPONENT, "heartbeat " + taskId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE task_queue SET available_at = ?"
                    + " WHERE task_id = ? AND worker_id = ? AND state = 'claimed'")) {
                Db.setInstant(ps, 1, db.clock().instant().plus(lease));
                ps.setString(2, taskId);
                ps.setString(3, workerId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean complete(String workerId, TaskResult result) {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(result, "result");
        return db.inTransaction(COMPONENT, "complete " + result.taskId(), c -> {
            Instant now = db.clock().instant();
            try (PreparedStatement ps = c.prepareStatement("UPDATE task_queue SET state = 'done', completed_at = ?"
                    + " WHERE task_id = ? AND worker_id = ? AND state = 'claimed'")) {
                Db.setInstant(ps, 1, now);
                ps.setString(2, result.taskId());
                ps.setString(3, workerId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            rows.save(c, result, now);
            return true;
        });
    }

    @Override
    public boolean release(String taskId, String workerId) {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(workerId, "workerId");
        return db.inTransaction(COMPONENT, "release " + taskId, c -> {
            Instant now = db.clock().instant();
            try (PreparedStatement ps = c.prepareStatement("UPDATE task_queue SET state = 'ready', worker_id = NULL,"
                    + " available_at = ? WHERE task_id = ? AND worker_id = ? AND state = 'claimed'")) {
                Db.setInstant(ps, 1, now);
                ps.setString(2, taskId);
                ps.setString(3, workerId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            rows.updateStatus(c, taskId, TaskStatus.PENDING, now);
            return true;
        });
    }

    /**
     * @return how many tasks are waiting or claimed (not done)
     * @throws StoreException when the database fails
     */
    public long pending() {
        return db.run(COMPONENT, "count pending", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM task_queue WHERE state <> 'done'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void checkLease(Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
    }
}
