package io.octollm.samples.di;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import io.octollm.core.OctoLlm;
import io.octollm.core.arms.executor.ToolExecutorArm;
import io.octollm.core.arms.judge.RuleJudgeArm;
import io.octollm.core.arms.retriever.RetrieverArm;
import io.octollm.core.integrate.DeterministicIntegrator;
import io.octollm.core.integrate.Integrator;
import io.octollm.core.plan.HeuristicPlanner;
import io.octollm.core.plan.Planner;
import io.octollm.core.store.InMemoryMemoryStore;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.store.MemoryStore;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * A Guice module that assembles the offline engine. The planner, integrator, rule judge and
 * memory store are built by Guice from their {@code jakarta.inject.Inject} constructors (the
 * module insists on that: {@code requireAtInjectOnConstructors}); only what needs configuration
 * (the workspace-bound tool executor and retriever) and the engine itself, which is made by its
 * builder, are {@code @Provides} methods.
 *
 * <p>The engine is a singleton: close it when the application stops ({@code injector
 * .getInstance(OctoLlm.class).close()}). A module instance is immutable; the injector it feeds is
 * thread-safe.
 */
public final class EngineModule extends AbstractModule {
    private final Path workspace;

    /** @param workspace folder the tool executor runs in and the retriever indexes */
    public EngineModule(Path workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    @Override
    protected void configure() {
        binder().requireAtInjectOnConstructors();
        bind(Path.class).annotatedWith(Names.named("workspace")).toInstance(workspace);
        bind(Planner.class).to(HeuristicPlanner.class);
        bind(Integrator.class).to(DeterministicIntegrator.class);
        // InMemoryMemoryStore has an @Inject constructor but no @Singleton: scope it here, or
        // every injection point would get its own (empty) store.
        bind(MemoryStore.class).to(InMemoryMemoryStore.class);
        bind(InMemoryMemoryStore.class).in(Singleton.class);
        Multibinder<Arm> arms = Multibinder.newSetBinder(binder(), Arm.class);
        arms.addBinding().to(RuleJudgeArm.class);
        arms.addBinding().to(ToolExecutorArm.class);
        arms.addBinding().to(RetrieverArm.class);
    }

    @Provides
    @Singleton
    ToolExecutorArm executor(@Named("workspace") Path dir) {
        return ToolExecutorArm.builder(dir).build();
    }

    @Provides
    @Singleton
    RetrieverArm retriever(@Named("workspace") Path dir) {
        return new RetrieverArm(dir, 5);
    }

    @Provides
    @Singleton
    OctoLlm engine(Planner planner, Integrator integrator, MemoryStore memory, Set<Arm> arms,
            @Named("workspace") Path dir) {
        OctoLlm.Builder b = OctoLlm.builder()
                .planner(planner)
                .integrator(integrator)
                .memoryStore(memory)
                .workspace(dir)
                .discoverArms(true); // plug-in jars on the class path still join
        arms.forEach(b::arm);
        return b.build();
    }
}
