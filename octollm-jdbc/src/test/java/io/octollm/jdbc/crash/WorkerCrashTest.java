package io.octollm.jdbc.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two worker JVMs on one PostgreSQL; one is killed with SIGKILL in the middle of a task. Every task
 * must still complete, none twice, with no duplicate step result or provenance record.
 */
class WorkerCrashTest {
    private static final int TASKS = 30;

    @Test
    void twoWorkerProcesses_oneKilledMidTask_everyTaskCompletesOnceWithoutDuplicateSteps() throws Exception {
        String url = Backend.POSTGRESQL.newDatabaseUrl();
        try (JdbcStores stores = JdbcStores.builder().url(url).user("postgres").password("").poolSize(2)
                .migrate(true).build()) {
            for (int i = 0; i < TASKS; i++) {
                stores.taskQueue().enqueue(TaskContract.builder("crash test task " + i).taskId("c-" + i).build());
            }
            LinkedBlockingQueue<String> victimLines = new LinkedBlockingQueue<>();
            ConcurrentLinkedQueue<String> allLines = new ConcurrentLinkedQueue<>();
            Process victim = start(url, "victim", victimLines, allLines);
            Process survivor = start(url, "survivor", new LinkedBlockingQueue<>(), allLines);
            try {
                // kill the victim right after it starts a task, once it has completed a few
                int completed = 0;
                String killedDuring = null;
                while (killedDuring == null) {
                    String line = victimLines.poll(60, TimeUnit.SECONDS);
                    assertThat(line).as("victim output; all output so far: " + allLines).isNotNull();
                    if (line.startsWith("COMPLETED")) {
                        completed++;
                    } else if (line.startsWith("STARTED") && completed >= 2) {
                        victim.destroyForcibly(); // SIGKILL
                        killedDuring = line.split(" ")[1];
                    }
                }
                victim.waitFor(10, TimeUnit.SECONDS);
                assertThat(survivor.waitFor(90, TimeUnit.SECONDS)).as("survivor drains the queue").isTrue();
                assertThat(survivor.exitValue()).isZero();

                List<String> completions = new ArrayList<>();
                for (String l : allLines) {
                    String[] parts = l.split(" ");
                    if (parts[1].equals("COMPLETED")) {
                        completions.add(parts[2]);
                    }
                }
                assertThat(completions).as("no task completed twice").doesNotHaveDuplicates();
                assertThat(completions).contains(killedDuring);
                for (int i = 0; i < TASKS; i++) {
                    TaskResult r = stores.taskStore().get("c-" + i);
                    assertThat(r.status()).as("c-" + i).isEqualTo(TaskStatus.COMPLETED);
                    assertThat(r.steps()).hasSize(CrashWorkerMain.STEPS);
                }
                assertThat(stores.taskStore().get(killedDuring).output()).isEqualTo("done by survivor");
                assertThat(queueAttempt(stores, killedDuring)).as("taken over after the lease expired")
                        .isGreaterThanOrEqualTo(2);
                assertThat(count(stores, "step_results")).isEqualTo(TASKS * CrashWorkerMain.STEPS);
                assertThat(count(stores, "action_log")).isEqualTo(TASKS * CrashWorkerMain.STEPS);
                assertThat(stores.taskQueue().pending()).isZero();
                assertThat(stores.taskStore().list(new TaskQuery(TaskStatus.COMPLETED, null, 1000))).hasSize(TASKS);
            } finally {
                victim.destroyForcibly();
                survivor.destroyForcibly();
            }
        }
    }

    private static Process start(String url, String name, BlockingQueue<String> lines,
            ConcurrentLinkedQueue<String> all) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashWorkerMain.class.getName(), url, name, "1000", "30")
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    all.add(name + ": " + l);
                    if (l.startsWith("STARTED") || l.startsWith("COMPLETED") || l.startsWith("LOST")) {
                        lines.add(l);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "output-of-" + name);
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private static int queueAttempt(JdbcStores stores, String taskId) throws SQLException {
        try (Connection c = stores.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT attempt FROM task_queue WHERE task_id = ?")) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long count(JdbcStores stores, String table) throws SQLException {
        try (Connection c = stores.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
