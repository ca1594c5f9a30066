package io.octollm.samples.di;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.octollm.core.OctoLlm;
import io.octollm.core.arms.executor.ToolExecutorArm;
import io.octollm.core.arms.judge.RuleJudgeArm;
import io.octollm.core.arms.retriever.RetrieverArm;
import io.octollm.core.integrate.DeterministicIntegrator;
import io.octollm.core.plan.HeuristicPlanner;
import io.octollm.core.store.InMemoryMemoryStore;
import io.octollm.spi.task.TaskResult;
import java.nio.file.Path;

/**
 * The same offline engine assembled two ways, side by side: by Guice 7 from {@link EngineModule}
 * and by hand with {@link OctoLlm#builder()}. Run it with
 * {@code java -cp samples/target/octollm.jar io.octollm.samples.di.DiSample [workspace] [goal]};
 * it runs the goal on both engines and prints both answers.
 *
 * <p>Each factory method returns a new engine the caller must close. Thread-safe (no state).
 */
public final class DiSample {
    private DiSample() {
    }

    /**
     * Assembles the engine through a {@code jakarta.inject} container.
     *
     * @param workspace folder the tool executor runs in and the retriever indexes
     * @return a new engine; close it
     * @throws com.google.inject.CreationException if a component lacks what the container needs
     */
    public static OctoLlm withGuice(Path workspace) {
        Injector injector = Guice.createInjector(new EngineModule(workspace));
        return injector.getInstance(OctoLlm.class);
    }

    /**
     * Assembles the same engine with the plain builder: what the module above does, in code.
     *
     * @param workspace folder the tool executor runs in and the retriever indexes
     * @return a new engine; close it
     */
    public static OctoLlm withBuilder(Path workspace) {
        return OctoLlm.builder()
                .planner(new HeuristicPlanner())
                .integrator(new DeterministicIntegrator())
                .memoryStore(new InMemoryMemoryStore())
                .workspace(workspace)
                .arm(new RuleJudgeArm())
                .arm(ToolExecutorArm.builder(workspace).build())
                .arm(new RetrieverArm(workspace, 5))
                .build();
    }

    /**
     * @param args optional workspace folder (default: the current directory) and goal
     *     (default: "list the files in the workspace")
     */
    public static void main(String[] args) {
        Path workspace = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String goal = args.length > 1 ? args[1] : "list the files in the workspace";
        try (OctoLlm guice = withGuice(workspace); OctoLlm plain = withBuilder(workspace)) {
            TaskResult a = guice.run(goal);
            TaskResult b = plain.run(goal);
            System.out.println("guice:   " + a.status() + " via " + guice.arms().ids());
            System.out.println("builder: " + b.status() + " via " + plain.arms().ids());
            System.out.println(a.output());
        }
    }
}
