package io.octollm.cli;

import io.octollm.jdbc.JdbcStores;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.TaskContract;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code octollm submit --db URL "<goal>"}: puts a task on the durable queue and prints its id. */
final class SubmitCommand implements Command {
    @Override
    public String name() {
        return "submit";
    }

    @Override
    public String summary() {
        return "queue a task in a database for 'octollm worker' and print its id";
    }

    @Override
    public String help() {
        return """
                Usage: octollm submit --db URL [OPTIONS] "<goal>"

                Enqueues the goal as a task on the database's durable queue and prints the task
                id on stdout. Any 'octollm worker' on the same database runs it; see the result
                with 'octollm task --db URL ID'.

                Options:
                %s
                  --priority P         low, medium (default), high or critical
                  --user ID            user the task is for
                  --id ID              explicit task id (default: a fresh one)

                Examples:
                  octollm submit --db jdbc:h2:./octollm-db "count the java sources"
                  octollm submit --db jdbc:postgresql://db/octollm --priority high "summarise the docs\"""".formatted(DbOptions.HELP);
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of(), Set.of("--db", "--priority", "--user", "--id"));
        if (a.positionals().isEmpty()) {
            throw new UsageException("missing the goal, e.g. octollm submit --db URL \"count the java sources\"");
        }
        String url = DbOptions.url(a, io);
        TaskContract contract;
        try {
            TaskContract.Builder b = TaskContract.builder(String.join(" ", a.positionals()));
            String p = a.option("--priority");
            if (p != null) {
                try {
                    b.priority(Priority.valueOf(p.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--priority must be low, medium, high or critical, was '" + p + "'");
                }
            }
            if (a.option("--user") != null) {
                b.userId(a.option("--user"));
            }
            if (a.option("--id") != null) {
                b.taskId(a.option("--id"));
            }
            contract = b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (JdbcStores stores = DbOptions.open(url, io, 1)) {
            io.out().println(stores.taskQueue().enqueue(contract));
        }
        return 0;
    }
}
