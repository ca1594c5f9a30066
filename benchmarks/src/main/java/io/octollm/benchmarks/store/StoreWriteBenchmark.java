package io.octollm.benchmarks.store;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.internal.Dialect;
import io.octollm.jdbc.internal.TaskRows;
import io.octollm.spi.task.TaskResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Persisting one finished task (5 steps + 5 provenance records) on embedded H2:
 * {@code batched} is {@code JdbcTaskStore.save} (one transaction, one JDBC batch for the steps and
 * one for provenance); {@code naive} writes the same rows one statement and one commit per row.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StoreWriteBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class StoreWriteBenchmark {
    /** {@code batched} or {@code naive}. */
    @Param({"batched", "naive"})
    public String mode;

    /** Steps per task. */
    @Param({"5"})
    public int steps;

    private final AtomicLong ids = new AtomicLong();
    private JdbcStores stores;
    private TaskRows rows;

    /** Opens a fresh in-memory H2 database with the schema. */
    @Setup(Level.Trial)
    public void open() {
        stores = JdbcStores.builder().url("jdbc:h2:mem:store-bench-" + mode + ";DB_CLOSE_DELAY=-1").user("sa")
                .password("").poolSize(4).maxOverflow(4).migrate(true).build();
        rows = new TaskRows(Dialect.H2);
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() {
        stores.close();
    }

    /**
     * @return the saved result (consumed by JMH)
     * @throws SQLException on failure of the naive path
     */
    @Benchmark
    public TaskResult saveTask() throws SQLException {
        TaskResult r = io.octollm.jdbc.internal.StoreWorkload.result("bench-" + ids.incrementAndGet(), steps);
        if (mode.equals("batched")) {
            stores.taskStore().save(r);
        } else {
            try (Connection c = stores.dataSource().getConnection()) {
                rows.saveRowByRow(c, r, Instant.now());
            }
        }
        return r;
    }
}
