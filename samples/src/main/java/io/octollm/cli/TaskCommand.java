package io.octollm.cli;

import io.octollm.core.json.TaskJson;
import io.octollm.jdbc.JdbcStores;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code octollm task --db URL ID}: one stored task with its steps and provenance. */
final class TaskCommand implements Command {
    @Override
    public String name() {
        return "task";
    }

    @Override
    public String summary() {
        return "show one stored task with its steps and provenance";
    }

    @Override
    public String help() {
        return """
                Usage: octollm task --db URL [--json] ID

                Shows a stored task: status, why it stopped, the answer, each step's result and
                the provenance record of every arm call. Exit code 1 when there is no such task.

                Options:
                %s
                  --json               print the whole result as JSON""".formatted(DbOptions.HELP);
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of("--json"), Set.of("--db"));
        if (a.positionals().size() != 1) {
            throw new UsageException("expected exactly one task id");
        }
        String url = DbOptions.url(a, io);
        String id = a.positionals().get(0);
        Optional<TaskResult> found;
        try (JdbcStores stores = DbOptions.open(url, io, 1)) {
            found = stores.taskStore().find(id);
        }
        if (found.isEmpty()) {
            io.err().println("octollm task: no task with id " + id);
            return 1;
        }
        TaskResult r = found.get();
        if (a.flag("--json")) {
            io.out().println(TaskJson.writePretty(r));
            return 0;
        }
        io.out().println("task     " + r.taskId());
        io.out().println("status   " + lower(r.status().name()) + (r.stopReason().name().equals("NONE") ? ""
                : " (" + lower(r.stopReason().name()) + ")") + (r.message().isEmpty() ? "" : ": " + r.message()));
        io.out().println("goal     " + TasksCommand.oneLine(r.goal(), 200));
        io.out().println("usage    " + r.usage().totalTokens() + " tokens, $" + r.usage().costUsd());
        io.out().println("time     " + r.submittedAt() + " .. " + r.completedAt() + " (" + r.duration().toMillis() + " ms)");
        if (!r.output().isEmpty()) {
            io.out().println("output\n  " + r.output().replace("\n", "\n  "));
        }
        io.out().println("steps (" + r.steps().size() + ")");
        for (StepResult s : r.steps()) {
            io.out().printf("  %-10s %-14s %-10s %3d attempt(s) %6d ms  %s%n", s.stepId(), s.armId(),
                    lower(s.status().name()), s.attempts(), s.duration().toMillis(),
                    s.error() == null ? TasksCommand.oneLine(s.output(), 60) : s.error().code() + ": " + s.error().message());
        }
        io.out().println("provenance (" + r.provenance().size() + ")");
        for (ProvenanceRecord p : r.provenance()) {
            io.out().printf("  %-10s %-14s #%d %-9s %6d ms  in=%s%s%n", p.stepId(), p.armId(), p.attempt(),
                    lower(p.outcome().name()), p.duration().toMillis(), p.inputHash(),
                    p.errorCode() == null ? "" : " error=" + p.errorCode());
        }
        return 0;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
