package io.octollm.jdbc.internal;

import io.octollm.spi.Usage;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.provenance.Outcome;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.StepStatus;
import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Internal, may change. The SQL of the task tables ({@code tasks}, {@code step_results},
 * {@code action_log}) on a caller's connection, so the task store and the queue can share one
 * transaction. Steps and provenance are written with JDBC batches and upserts keyed by
 * {@code (task_id, step_id)} and {@code (task_id, step_id, arm_id, attempt)}; a task loads in two
 * queries. Thread-safe (stateless apart from the SQL text).
 */
public final class TaskRows {
    private static final List<String> TASK_CREATE_COLS = List.of("id", "goal", "status", "priority", "user_id",
            "tenant_id", "parent_task_id", "contract", "created_at", "updated_at");
    private static final List<String> TASK_SAVE_COLS = List.of("id", "goal", "status", "stop_reason", "message",
            "output", "plan", "issues", "timings", "repair_rounds", "prompt_tokens", "completion_tokens", "cost_usd",
            "submitted_at", "completed_at", "revision", "updated_at");
    private static final List<String> STEP_COLS = List.of("task_id", "step_id", "ordinal", "arm_id", "status",
            "output", "data", "confidence", "attempts", "prompt_tokens", "completion_tokens", "cost_usd", "error_code",
            "error_category", "error_message", "error_retryable", "error_retry_after_ms", "started_at", "duration_ns",
            "revision");
    private static final List<String> PROV_COLS = List.of("task_id", "step_id", "arm_id", "attempt", "seq", "model",
            "started_at", "duration_ns", "input_hash", "output_hash", "command_hash", "confidence", "prompt_tokens",
            "completion_tokens", "cost_usd", "outcome", "error_code");

    private static final String LOAD_TASK = "SELECT t.id, t.goal, t.status, t.stop_reason, t.message, t.output, t.plan,"
            + " t.issues, t.timings, t.repair_rounds, t.prompt_tokens AS t_prompt, t.completion_tokens AS t_completion,"
            + " t.cost_usd AS t_cost, t.submitted_at, t.completed_at, t.created_at,"
            + " s.step_id, s.arm_id, s.status AS s_status, s.output AS s_output, s.data, s.confidence, s.attempts,"
            + " s.prompt_tokens AS s_prompt, s.completion_tokens AS s_completion, s.cost_usd AS s_cost, s.error_code,"
            + " s.error_category, s.error_message, s.error_retryable, s.error_retry_after_ms, s.started_at AS s_started,"
            + " s.duration_ns FROM tasks t LEFT JOIN step_results s ON s.task_id = t.id WHERE t.id = ?"
            + " ORDER BY s.ordinal";
    private static final String LOAD_PROVENANCE = "SELECT " + String.join(", ", PROV_COLS)
            + " FROM action_log WHERE task_id = ? ORDER BY started_at, seq";

    private static final int MAX_PARAMETERS = 30_000;

    private final Dialect dialect;
    private final Map<Long, String> oneCommandSql = new ConcurrentHashMap<>();
    private final String createSql;
    private final String saveTaskSql;
    private final String stepSql;
    private final String provSql;

    /** @param dialect the SQL dialect */
    public TaskRows(Dialect dialect) {
        this.dialect = dialect;
        this.createSql = dialect.insertIgnore("tasks", List.of("id"), TASK_CREATE_COLS);
        this.saveTaskSql = dialect.upsert("tasks", List.of("id"), TASK_SAVE_COLS);
        this.stepSql = dialect.upsert("step_results", List.of("task_id", "step_id"), STEP_COLS);
        this.provSql = dialect.upsert("action_log", List.of("task_id", "step_id", "arm_id", "attempt"), PROV_COLS);
    }

    /**
     * Inserts a pending task unless its id exists.
     *
     * @param c connection
     * @param contract task
     * @param now creation time
     * @return true when it was new
     * @throws SQLException on failure
     */
    public boolean create(Connection c, TaskContract contract, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(createSql)) {
            ps.setString(1, contract.taskId());
            ps.setString(2, contract.goal());
            ps.setString(3, TaskCodec.status(TaskStatus.PENDING));
            ps.setInt(4, TaskCodec.priority(contract.priority()));
            ps.setString(5, contract.userId());
            ps.setString(6, contract.tenantId());
            ps.setString(7, contract.parentTaskId());
            ps.setString(8, TaskCodec.contract(contract));
            Db.setInstant(ps, 9, now);
            Db.setInstant(ps, 10, now);
            if (!dialect.insertIgnoreNeedsCatch()) {
                return ps.executeUpdate() > 0;
            }
            try {
                return ps.executeUpdate() > 0;
            } catch (SQLException e) {
                if (Db.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    /**
     * @param c connection
     * @param taskId task
     * @param status new status
     * @param now change time
     * @return false when no such task
     * @throws SQLException on failure
     */
    public boolean updateStatus(Connection c, String taskId, TaskStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tasks SET status = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, TaskCodec.status(status));
            Db.setInstant(ps, 2, now);
            ps.setString(3, taskId);
            return ps.executeUpdate() > 0;
        }
    }

    /**
     * Writes a result: the task row, then its steps and provenance in one JDBC batch each, then
     * removes steps a previous save had and this one does not. Provenance is an append-only audit
     * log: records are upserted by their key and never removed. Run it inside a transaction.
     *
     * @param c connection (auto-commit off)
     * @param r the result
     * @param now write time
     * @throws SQLException on failure
     */
    public void save(Connection c, TaskResult r, Instant now) throws SQLException {
        if (fitsOneCommand(r)) {
            saveInOneCommand(c, r, now);
        } else {
            saveAll(c, List.of(r), now);
        }
    }

    /**
     * @param r a result
     * @return true when {@link #saveInOneCommand} can write it: on PostgreSQL, with at most
     *     30,000 parameters
     */
    public boolean fitsOneCommand(TaskResult r) {
        return dialect.pipelinesStatements() && TASK_SAVE_COLS.size() + 2 + r.steps().size() * STEP_COLS.size()
                + r.provenance().size() * PROV_COLS.size() <= MAX_PARAMETERS;
    }

    /**
     * PostgreSQL: writes a result with one multi-statement command (task upsert; one multi-row
     * upsert of the steps; removal of stale steps; one multi-row upsert of the provenance) that
     * the driver sends in a single round trip. In auto-commit mode the server runs it as one
     * implicit transaction, so it is atomic without BEGIN/COMMIT round trips. Only when
     * {@link #fitsOneCommand} says so.
     *
     * @param c connection, in auto-commit mode or in a transaction
     * @param r the result
     * @param now write time
     * @throws SQLException on failure
     */
    public void saveInOneCommand(Connection c, TaskResult r, Instant now) throws SQLException {
        Collection<StepResult> steps = distinctSteps(r.steps());
        Collection<ProvenanceRecord> provenance = distinctCalls(r.provenance());
        for (ProvenanceRecord p : provenance) {
            if (!p.taskId().equals(r.taskId())) {
                throw new IllegalArgumentException("provenance record of task " + p.taskId()
                        + " in the result of task " + r.taskId());
            }
        }
        String sql = oneCommandSql.computeIfAbsent(((long) steps.size() << 32) | provenance.size(),
                k -> oneCommand(steps.size(), provenance.size()));
        long revision = ThreadLocalRandom.current().nextLong();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindTask(ps, 1, r, revision, now);
            int ordinal = 0;
            for (StepResult s : steps) {
                i = bindStep(ps, i, r.taskId(), s, ordinal++, revision);
            }
            ps.setString(i++, r.taskId());
            ps.setLong(i++, revision);
            int seq = 0;
            for (ProvenanceRecord p : provenance) {
                i = bindProvenance(ps, i, p, seq++);
            }
            ps.execute();
        }
    }

    private String oneCommand(int steps, int provenance) {
        StringBuilder sb = new StringBuilder(saveTaskSql);
        if (steps > 0) {
            sb.append(";\n").append(dialect.upsert("step_results", List.of("task_id", "step_id"), STEP_COLS, steps));
        }
        sb.append(";\nDELETE FROM step_results WHERE task_id = ? AND revision <> ?");
        if (provenance > 0) {
            sb.append(";\n").append(dialect.upsert("action_log", List.of("task_id", "step_id", "arm_id", "attempt"),
                    PROV_COLS, provenance));
        }
        return sb.toString();
    }

    /**
     * Writes many results with one JDBC batch per table for all of them: task rows, step results,
     * the removal of stale steps, provenance. Run it inside a transaction.
     *
     * @param c connection (auto-commit off)
     * @param given the results
     * @param now write time
     * @throws SQLException on failure
     */
    public void saveAll(Connection c, List<TaskResult> given, Instant now) throws SQLException {
        if (given.isEmpty()) {
            return;
        }
        List<TaskResult> results = distinct(given);
        long[] revisions = new long[results.size()];
        for (int k = 0; k < revisions.length; k++) {
            revisions[k] = ThreadLocalRandom.current().nextLong();
        }
        try (PreparedStatement ps = c.prepareStatement(saveTaskSql)) {
            for (int k = 0; k < revisions.length; k++) {
                bindTask(ps, 1, results.get(k), revisions[k], now);
                addOrExecute(ps, revisions.length);
            }
            executeBatchIfMany(ps, revisions.length);
        }
        int steps = 0;
        for (TaskResult r : results) {
            steps += r.steps().size();
        }
        if (steps > 0) {
            try (PreparedStatement ps = c.prepareStatement(stepSql)) {
                for (int k = 0; k < revisions.length; k++) {
                    int ordinal = 0;
                    for (StepResult s : distinctSteps(results.get(k).steps())) {
                        bindStep(ps, 1, results.get(k).taskId(), s, ordinal++, revisions[k]);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM step_results WHERE task_id = ? AND revision <> ?")) {
            for (int k = 0; k < revisions.length; k++) {
                ps.setString(1, results.get(k).taskId());
                ps.setLong(2, revisions[k]);
                addOrExecute(ps, revisions.length);
            }
            executeBatchIfMany(ps, revisions.length);
        }
        boolean anyProvenance = false;
        for (TaskResult r : results) {
            anyProvenance |= !r.provenance().isEmpty();
        }
        if (anyProvenance) {
            try (PreparedStatement ps = c.prepareStatement(provSql)) {
                for (TaskResult r : results) {
                    int seq = 0;
                    for (ProvenanceRecord p : distinctCalls(r.provenance())) {
                        if (!p.taskId().equals(r.taskId())) {
                            throw new IllegalArgumentException("provenance record of task " + p.taskId()
                                    + " in the result of task " + r.taskId());
                        }
                        bindProvenance(ps, 1, p, seq++);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /** The last result per task id, so one batch never writes a row twice. */
    private static List<TaskResult> distinct(List<TaskResult> results) {
        if (results.size() == 1) {
            return results;
        }
        Map<String, TaskResult> byId = new LinkedHashMap<>();
        for (TaskResult r : results) {
            byId.put(r.taskId(), r);
        }
        return new ArrayList<>(byId.values());
    }

    /** The last result per step id, at the position of the first. */
    private static Collection<StepResult> distinctSteps(List<StepResult> steps) {
        Map<String, StepResult> byId = new LinkedHashMap<>();
        for (StepResult s : steps) {
            byId.put(s.stepId(), s);
        }
        return byId.size() == steps.size() ? steps : byId.values();
    }

    /**
     * The last record per call key {@code (step, arm, attempt)}: the key identifies one arm call,
     * so a repeated key is the same call recorded again (a re-run after a crash).
     */
    private static Collection<ProvenanceRecord> distinctCalls(List<ProvenanceRecord> records) {
        Map<List<Object>, ProvenanceRecord> byKey = new LinkedHashMap<>();
        for (ProvenanceRecord p : records) {
            byKey.put(List.of(p.stepId(), p.armId(), p.attempt()), p);
        }
        return byKey.size() == records.size() ? records : byKey.values();
    }

    /** One row: execute directly (no batch overhead); several: add to the batch. */
    private static void addOrExecute(PreparedStatement ps, int rows) throws SQLException {
        if (rows == 1) {
            ps.executeUpdate();
        } else {
            ps.addBatch();
        }
    }

    private static void executeBatchIfMany(PreparedStatement ps, int rows) throws SQLException {
        if (rows > 1) {
            ps.executeBatch();
        }
    }

    private static int bindTask(PreparedStatement ps, int start, TaskResult r, long revision, Instant now)
            throws SQLException {
        int i = start;
        ps.setString(i++, r.taskId());
        ps.setString(i++, r.goal());
        ps.setString(i++, TaskCodec.status(r.status()));
        ps.setString(i++, r.stopReason().name().toLowerCase(Locale.ROOT));
        ps.setString(i++, r.message());
        ps.setString(i++, r.output());
        ps.setString(i++, TaskCodec.plan(r.plan()));
        ps.setString(i++, TaskCodec.issues(r.issues()));
        ps.setString(i++, TaskCodec.timings(r.timings()));
        ps.setInt(i++, r.repairRounds());
        ps.setLong(i++, r.usage().promptTokens());
        ps.setLong(i++, r.usage().completionTokens());
        ps.setDouble(i++, r.usage().costUsd());
        Db.setInstant(ps, i++, r.submittedAt());
        Db.setInstant(ps, i++, r.completedAt());
        ps.setLong(i++, revision);
        Db.setInstant(ps, i++, now);
        return i;
    }

    /**
     * The naive baseline for benchmarks only: the same rows as {@link #save}, one statement and
     * one round trip per row, each committed on its own (auto-commit). Never used by the stores.
     *
     * @param c connection in auto-commit mode
     * @param r the result
     * @param now write time
     * @throws SQLException on failure
     */
    public void saveRowByRow(Connection c, TaskResult r, Instant now) throws SQLException {
        long revision = ThreadLocalRandom.current().nextLong();
        try (PreparedStatement ps = c.prepareStatement(saveTaskSql)) {
            bindTask(ps, 1, r, revision, now);
            ps.executeUpdate();
        }
        int ordinal = 0;
        for (StepResult s : r.steps()) {
            try (PreparedStatement ps = c.prepareStatement(stepSql)) {
                bindStep(ps, 1, r.taskId(), s, ordinal++, revision);
                ps.executeUpdate();
            }
        }
        int seq = 0;
        for (ProvenanceRecord p : r.provenance()) {
            try (PreparedStatement ps = c.prepareStatement(provSql)) {
                bindProvenance(ps, 1, p, seq++);
                ps.executeUpdate();
            }
        }
    }

    private static int bindStep(PreparedStatement ps, int start, String taskId, StepResult s, int ordinal,
            long revision) throws SQLException {
        int i = start;
        ps.setString(i++, taskId);
        ps.setString(i++, s.stepId());
        ps.setInt(i++, ordinal);
        ps.setString(i++, s.armId());
        ps.setString(i++, s.status().name().toLowerCase(Locale.ROOT));
        ps.setString(i++, s.output());
        ps.setString(i++, Json.write(s.data()));
        ps.setDouble(i++, s.confidence());
        ps.setInt(i++, s.attempts());
        ps.setLong(i++, s.usage().promptTokens());
        ps.setLong(i++, s.usage().completionTokens());
        ps.setDouble(i++, s.usage().costUsd());
        ArmError e = s.error();
        ps.setString(i++, e == null ? null : e.code());
        ps.setString(i++, e == null ? null : e.category().name().toLowerCase(Locale.ROOT));
        ps.setString(i++, e == null ? null : e.message());
        if (e == null) {
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setBoolean(i++, e.retryable());
        }
        Db.setLong(ps, i++, e == null || e.retryAfter() == null ? null : e.retryAfter().toMillis());
        Db.setInstant(ps, i++, s.startedAt());
        ps.setLong(i++, s.duration().toNanos());
        ps.setLong(i++, revision);
        return i;
    }

    private static int bindProvenance(PreparedStatement ps, int start, ProvenanceRecord p, int seq)
            throws SQLException {
        int i = start;
        ps.setString(i++, p.taskId());
        ps.setString(i++, p.stepId());
        ps.setString(i++, p.armId());
        ps.setInt(i++, p.attempt());
        ps.setInt(i++, seq);
        ps.setString(i++, p.model());
        Db.setInstant(ps, i++, p.startedAt());
        ps.setLong(i++, p.duration().toNanos());
        ps.setString(i++, p.inputHash());
        ps.setString(i++, p.outputHash());
        ps.setString(i++, p.commandHash());
        ps.setDouble(i++, p.confidence());
        ps.setLong(i++, p.promptTokens());
        ps.setLong(i++, p.completionTokens());
        ps.setDouble(i++, p.costUsd());
        ps.setString(i++, p.outcome().name().toLowerCase(Locale.ROOT));
        ps.setString(i++, p.errorCode());
        return i;
    }

    /**
     * Loads a task with its steps (one query, a join) and its provenance (a second query).
     *
     * @param c connection
     * @param taskId task
     * @return the result, or empty when no such task
     * @throws SQLException on failure
     */
    public Optional<TaskResult> load(Connection c, String taskId) throws SQLException {
        TaskResult head = null;
        List<StepResult> steps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOAD_TASK)) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (head == null) {
                        head = head(rs);
                    }
                    if (rs.getString("step_id") != null) {
                        steps.add(step(rs));
                    }
                }
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        List<ProvenanceRecord> provenance = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOAD_PROVENANCE)) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    provenance.add(provenance(rs));
                }
            }
        }
        return Optional.of(new TaskResult(head.taskId(), head.goal(), head.status(), head.stopReason(), head.message(),
                head.output(), head.plan(), steps, provenance, head.issues(), head.repairRounds(), head.usage(),
                head.submittedAt(), head.completedAt(), head.timings()));
    }

    private static TaskResult head(ResultSet rs) throws SQLException {
        Instant submitted = Db.getInstant(rs, "submitted_at");
        Instant created = Db.getInstant(rs, "created_at");
        String stop = rs.getString("stop_reason");
        return new TaskResult(rs.getString("id"), rs.getString("goal"), TaskCodec.status(rs.getString("status")),
                stop == null ? StopReason.NONE : StopReason.valueOf(stop.toUpperCase(Locale.ROOT)),
                rs.getString("message"), rs.getString("output"), TaskCodec.plan(rs.getString("plan")), List.of(),
                List.of(), TaskCodec.issues(rs.getString("issues")), rs.getInt("repair_rounds"),
                new Usage(rs.getLong("t_prompt"), rs.getLong("t_completion"), rs.getDouble("t_cost")),
                submitted == null ? created : submitted, Db.getInstant(rs, "completed_at"),
                TaskCodec.timings(rs.getString("timings")));
    }

    private static StepResult step(ResultSet rs) throws SQLException {
        String code = rs.getString("error_code");
        ArmError error = null;
        if (code != null) {
            Long after = Db.getLong(rs, "error_retry_after_ms");
            error = new ArmError(code, ErrorCategory.valueOf(rs.getString("error_category").toUpperCase(Locale.ROOT)),
                    rs.getString("error_message"), rs.getBoolean("error_retryable"),
                    after == null ? null : Duration.ofMillis(after));
        }
        return new StepResult(rs.getString("step_id"), rs.getString("arm_id"),
                StepStatus.valueOf(rs.getString("s_status").toUpperCase(Locale.ROOT)), rs.getString("s_output"),
                TaskCodec.map(Json.parse(rs.getString("data"))), rs.getDouble("confidence"), rs.getInt("attempts"),
                new Usage(rs.getLong("s_prompt"), rs.getLong("s_completion"), rs.getDouble("s_cost")), error,
                Db.getInstant(rs, "s_started"), Duration.ofNanos(rs.getLong("duration_ns")));
    }

    private static ProvenanceRecord provenance(ResultSet rs) throws SQLException {
        return new ProvenanceRecord(rs.getString("task_id"), rs.getString("step_id"), rs.getString("arm_id"),
                rs.getString("model"), rs.getInt("attempt"), Db.getInstant(rs, "started_at"),
                Duration.ofNanos(rs.getLong("duration_ns")), rs.getString("input_hash"), rs.getString("output_hash"),
                rs.getString("command_hash"), rs.getDouble("confidence"), rs.getLong("prompt_tokens"),
                rs.getLong("completion_tokens"), rs.getDouble("cost_usd"),
                Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)), rs.getString("error_code"));
    }
}
