package io.octollm.cli;

import io.octollm.core.OctoLlm;
import io.octollm.core.TaskListener;
import io.octollm.core.json.TaskJson;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.StepResult;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** {@code octollm run "<goal>"}: runs one task on the embedded defaults and prints the answer. */
final class RunCommand implements Command {
    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run a task and print its answer";
    }

    @Override
    public String help() {
        return """
                Usage: octollm run [OPTIONS] "<goal>"

                Plans the goal into steps, runs them with the arms (offline: tool executor,
                retriever, rule judge), and prints progress to stderr and the answer to stdout.
                Exit code 0 when the task completed, 1 when it did not, 2 for bad usage.

                Options:
                  --json               print the whole result as JSON on stdout, nothing else
                  --docs DIR           folder the retriever indexes (default: current directory)
                  --workspace DIR      folder the tool executor works in (default: current directory)
                  --timeout SECONDS    time budget for the task, 1..86400 (default 120)
                  --criterion TEXT     an acceptance criterion for the judge (e.g. "contains:java")
                  --db URL             also persist the task, its steps and provenance (jdbc:h2:./octollm-db,
                                       jdbc:postgresql://host/db; user/password from $OCTOLLM_DB_USER and
                                       $OCTOLLM_DB_PASSWORD); see 'octollm task --db URL ID'
                  --llm-base-url URL   an OpenAI-compatible server (default: $OPENAI_BASE_URL; none = offline)
                  --llm-model MODEL    the model to use (default: $OCTOLLM_LLM_MODEL); the key is read
                                       from $OPENAI_API_KEY, never from the command line

                With a model the planner, integrator and judge use it and the coder arm joins; when the
                model is unreachable the planner and integrator fall back to the offline ones and a
                step that needs the model ends with a typed error.

                Examples:
                  octollm run "list the files in the workspace and count the java sources"
                  octollm run --docs docs "search the docs for rate limiting\"""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Args a = Args.parse(args, Set.of("--json"), Set.of("--docs", "--workspace", "--timeout", "--criterion",
                "--llm-base-url", "--llm-model", "--db"));
        if (a.positionals().isEmpty()) {
            throw new UsageException("missing the goal, e.g. octollm run \"count the java sources\"");
        }
        String goal = String.join(" ", a.positionals());
        boolean json = a.flag("--json");
        Path workspace = resolve(io, a.option("--workspace", "."));
        Path docs = resolve(io, a.option("--docs", "."));
        int timeout = a.intOption("--timeout", 120, 1, 86_400);
        TaskContract.Builder cb;
        try {
            cb = TaskContract.builder(goal).budget(Budget.DEFAULT.withMaxDuration(Duration.ofSeconds(timeout)));
            if (a.option("--criterion") != null) {
                cb.acceptanceCriterion(a.option("--criterion"));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        TaskContract contract;
        try {
            contract = cb.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        OctoLlm.Builder builder = Engines.offline(workspace, docs);
        var llm = Engines.llm(a.option("--llm-base-url"), a.option("--llm-model"), io.env());
        llm.ifPresent(client -> Engines.withLlm(builder, client));
        if (!json) {
            builder.listener(new Progress(io.err()));
        }
        String db = a.option("--db");
        io.octollm.jdbc.JdbcStores stores = null;
        TaskResult result;
        try {
            if (db != null) {
                stores = DbOptions.open(db, io, 2);
                builder.taskStore(stores.taskStore());
            }
            try (OctoLlm engine = builder.build()) {
                result = engine.run(contract);
            }
        } finally {
            llm.ifPresent(c -> c.close());
            if (stores != null) {
                stores.close();
            }
        }
        if (json) {
            io.out().println(TaskJson.writePretty(result));
        } else {
            if (result.isCompleted()) {
                io.out().println(result.output());
            } else {
                io.err().println("task " + result.status().name().toLowerCase() + " ("
                        + result.stopReason().name().toLowerCase() + "): " + result.message());
                if (!result.output().isBlank()) {
                    io.out().println(result.output());
                }
            }
            io.err().printf("[%s in %d ms, %d step(s), %d arm call(s)]%n", result.status().name().toLowerCase(),
                    result.duration().toMillis(), result.steps().size(), result.provenance().size());
        }
        return result.isCompleted() ? 0 : 1;
    }

    private static Path resolve(CliIO io, String dir) {
        return io.cwd().resolve(dir).toAbsolutePath().normalize();
    }

    /** Prints each step as it starts and finishes. */
    private static final class Progress implements TaskListener {
        private final PrintStream err;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void onPlanned(String taskId, Plan plan) {
            err.println("plan (" + plan.source() + "): " + plan.steps().size() + " step(s)");
        }

        @Override
        public void onStepStarted(String taskId, PlanStep step, String armId, int attempt) {
            err.println("  > " + step.id() + " [" + armId + "] " + step.action()
                    + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
        }

        @Override
        public void onStepFinished(String taskId, StepResult r) {
            err.println("  < " + r.stepId() + " [" + r.armId() + "] " + r.status().name().toLowerCase() + " in "
                    + r.duration().toMillis() + " ms" + (r.error() == null ? "" : ": " + r.error().message()));
        }
    }
}
