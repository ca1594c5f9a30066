package io.octollm.samples.di;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.octollm.core.OctoLlm;
import io.octollm.core.integrate.DeterministicIntegrator;
import io.octollm.core.integrate.Integrator;
import io.octollm.core.plan.HeuristicPlanner;
import io.octollm.core.plan.Planner;
import io.octollm.spi.store.MemoryStore;
import io.octollm.spi.task.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiSampleTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(workspace.resolve("alpha.txt"), "token bucket rate limiting\n");
        Files.writeString(workspace.resolve("beta.md"), "# Beta\n");
    }

    @Test
    void withGuice_buildsAnEngineThatRunsATask() {
        try (OctoLlm engine = DiSample.withGuice(workspace)) {
            TaskResult r = engine.run("list the files in the workspace");

            assertThat(r.isCompleted()).as(r.message()).isTrue();
            assertThat(r.output()).contains("alpha.txt", "beta.md");
        }
    }

    @Test
    void withBuilder_buildsAnEngineThatRunsATask() {
        try (OctoLlm engine = DiSample.withBuilder(workspace)) {
            TaskResult r = engine.run("list the files in the workspace");

            assertThat(r.isCompleted()).as(r.message()).isTrue();
            assertThat(r.output()).contains("alpha.txt", "beta.md");
        }
    }

    @Test
    void guiceAndBuilder_routeToTheSameArms() {
        try (OctoLlm guice = DiSample.withGuice(workspace); OctoLlm plain = DiSample.withBuilder(workspace)) {
            assertThat(guice.arms().ids()).containsExactlyInAnyOrderElementsOf(plain.arms().ids())
                    .contains("executor", "retriever", "judge");
        }
    }

    @Test
    void guice_createsCoreComponentsFromTheirJakartaInjectAnnotations() {
        Injector injector = Guice.createInjector(new EngineModule(workspace));

        // @Inject constructors are required by the module; @jakarta.inject.Singleton is honoured
        assertThat(injector.getInstance(Planner.class)).isInstanceOf(HeuristicPlanner.class)
                .isSameAs(injector.getInstance(Planner.class));
        assertThat(injector.getInstance(Integrator.class)).isInstanceOf(DeterministicIntegrator.class)
                .isSameAs(injector.getInstance(Integrator.class));
        try (OctoLlm engine = injector.getInstance(OctoLlm.class)) {
            assertThat(engine).isSameAs(injector.getInstance(OctoLlm.class));
            assertThat(engine.memoryStore()).isSameAs(injector.getInstance(MemoryStore.class));
        }
    }

    @Test
    void guiceEngine_searchesTheDocumentsItsRetrieverIndexedIntoTheSharedStore() {
        try (OctoLlm engine = DiSample.withGuice(workspace)) {
            TaskResult r = engine.run("search the docs for token bucket");

            assertThat(r.isCompleted()).as(r.message()).isTrue();
            assertThat(r.output()).contains("alpha.txt");
            assertThat(engine.memoryStore().documentCount()).isPositive();
        }
    }
}
