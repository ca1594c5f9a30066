package io.octollm.cli;

import io.octollm.core.json.TaskJson;
import io.octollm.jdbc.JdbcStores;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskStatus;
import io.octollm.spi.task.TaskSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code octollm tasks --db URL [--status S]}: lists stored tasks, newest first. */
final class TasksCommand implements Command {
    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public String summary() {
        return "list the tasks stored in a database, newest first";
    }

    @Override
    public String help() {
        return """
                Usage: octollm tasks --db URL [OPTIONS]

                Lists stored tasks, newest first: id, status, priority, creation time and goal.
                Rows are streamed from the database, so large listings start printing at once.

                Options:
                %s
                  --status S           only pending, running, completed, failed, cancelled or rejected
                  --user ID            only this user's tasks
                  --limit N            at most N rows, 1..10000 (default 100)
                  --json               one JSON object per line instead of a table""".formatted(DbOptions.HELP);
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of("--json"), Set.of("--db", "--status", "--user", "--limit"));
        if (!a.positionals().isEmpty()) {
            throw new UsageException("unexpected argument: " + a.positionals().get(0));
        }
        String url = DbOptions.url(a, io);
        TaskStatus status = null;
        if (a.option("--status") != null) {
            try {
                status = TaskStatus.valueOf(a.option("--status").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--status must be one of pending, running, completed, failed, cancelled,"
                        + " rejected; was '" + a.option("--status") + "'");
            }
        }
        TaskQuery query = new TaskQuery(status, a.option("--user"), a.intOption("--limit", 100, 1, 10_000));
        boolean json = a.flag("--json");
        try (JdbcStores stores = DbOptions.open(url, io, 1);
                Stream<TaskSummary> rows = stores.taskStore().stream(query)) {
            if (!json) {
                io.out().printf("%-40s %-10s %-8s %-24s %s%n", "ID", "STATUS", "PRIORITY", "CREATED", "GOAL");
            }
            rows.forEach(t -> {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", t.taskId());
                    m.put("status", t.status().name().toLowerCase(Locale.ROOT));
                    m.put("priority", t.priority().name().toLowerCase(Locale.ROOT));
                    m.put("user", t.userId());
                    m.put("created", t.createdAt().toString());
                    m.put("updated", t.updatedAt().toString());
                    m.put("goal", t.goal());
                    io.out().println(TaskJson.write(m));
                } else {
                    io.out().printf("%-40s %-10s %-8s %-24s %s%n", t.taskId(), t.status().name().toLowerCase(Locale.ROOT),
                            t.priority().name().toLowerCase(Locale.ROOT), t.createdAt(), oneLine(t.goal(), 60));
                }
            });
        }
        return 0;
    }

    static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }
}
