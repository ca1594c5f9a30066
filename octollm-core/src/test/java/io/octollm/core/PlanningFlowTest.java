package io.octollm.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.testing.FakeArm;
import io.octollm.core.testing.FixedPlanner;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PlanningFlowTest {

    @Test
    void identicalGoals_planOnce_thenFromPlanCache() {
        FixedPlanner planner = FixedPlanner.of(PlanStep.of("s1", "x", "a"));
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a")).planner(planner)
                .reflex(io.octollm.reflex.ReflexChain.builder().caching(false).build()).build()) {
            TaskResult first = engine.run("the same goal");
            TaskResult second = engine.run("the same goal");
            engine.run("another goal");
            assertThat(first.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(second.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(planner.calls()).isEqualTo(2);
            assertThat(second.timings()).containsKey("plan_cache_hit");
            assertThat(first.timings()).doesNotContainKey("plan_cache_hit");
        }
    }

    @Test
    void planCacheDisabled_plansEveryTime() {
        FixedPlanner planner = FixedPlanner.of(PlanStep.of("s1", "x", "a"));
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a")).planner(planner)
                .planCacheSize(0).noReflex().build()) {
            engine.run("g");
            engine.run("g");
            assertThat(planner.calls()).isEqualTo(2);
        }
    }

    @Test
    void oneRequiredCapability_skipsThePlanner_runsOneStep() {
        FixedPlanner planner = FixedPlanner.of(PlanStep.of("s1", "x", "a"), PlanStep.of("s2", "y", "a", "s1"));
        FakeArm b = FakeArm.echo("b");
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a")).arm(b).planner(planner)
                .build()) {
            TaskResult r = engine.run(TaskContract.builder("do it with b").requiredCapability("b").build());
            assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(planner.calls()).isZero();
            assertThat(r.plan().source()).isEqualTo("single-step");
            assertThat(r.plan().steps()).hasSize(1);
            assertThat(b.calls()).isEqualTo(1);
        }
    }

    @Test
    void plannerWantingMemory_getsHistoryDocumentsAndParent_lookedUpConcurrently() {
        java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(2);
        io.octollm.core.store.InMemoryMemoryStore base = new io.octollm.core.store.InMemoryMemoryStore();
        base.putDocuments(java.util.List.of(new io.octollm.spi.store.Document("d1", "d.md", "about rockets", null)));
        io.octollm.spi.store.MemoryStore slow = new DelegatingMemory(base) {
            @Override
            public java.util.List<io.octollm.spi.store.HistoryEntry> history(String userId, int limit) {
                meet(all);
                return super.history(userId, limit);
            }

            @Override
            public java.util.List<io.octollm.spi.store.ScoredDocument> searchDocuments(String q, int limit) {
                meet(all);
                return super.searchDocuments(q, limit);
            }
        };
        java.util.concurrent.atomic.AtomicReference<io.octollm.core.plan.TaskMemory> seen =
                new java.util.concurrent.atomic.AtomicReference<>();
        io.octollm.core.plan.Planner planner = new io.octollm.core.plan.Planner() {
            @Override
            public String name() {
                return "memory-aware";
            }

            @Override
            public boolean wantsMemory() {
                return true;
            }

            @Override
            public io.octollm.spi.task.Plan plan(TaskContract c, java.util.List<io.octollm.spi.arm.ArmCapability> arms,
                    java.util.List<String> feedback) {
                throw new AssertionError("the memory-aware variant must be called");
            }

            @Override
            public io.octollm.spi.task.Plan plan(TaskContract c, java.util.List<io.octollm.spi.arm.ArmCapability> arms,
                    java.util.List<String> feedback, io.octollm.core.plan.TaskMemory memory) {
                seen.set(memory);
                return new io.octollm.spi.task.Plan(java.util.List.of(PlanStep.of("s1", "x", "a")), "", "t");
            }
        };
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a")).memoryStore(slow)
                .planner(planner).build()) {
            TaskResult parent = engine.run("rockets parent");
            TaskResult child = engine.run(TaskContract.builder("rockets child").parentTaskId(parent.taskId()).build());
            assertThat(child.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(seen.get().related()).extracting(d -> d.document().id()).containsExactly("d1");
            assertThat(seen.get().parent().taskId()).isEqualTo(parent.taskId());
        }
    }

    private static void meet(java.util.concurrent.CountDownLatch latch) {
        latch.countDown();
        try {
            if (!latch.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("lookups ran one after another");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Forwards everything to another store. */
    private static class DelegatingMemory implements io.octollm.spi.store.MemoryStore {
        private final io.octollm.spi.store.MemoryStore d;

        DelegatingMemory(io.octollm.spi.store.MemoryStore d) {
            this.d = d;
        }

        @Override
        public String name() {
            return "delegating";
        }

        @Override
        public void putDocuments(java.util.List<io.octollm.spi.store.Document> documents) {
            d.putDocuments(documents);
        }

        @Override
        public java.util.Optional<io.octollm.spi.store.Document> findDocument(String id) {
            return d.findDocument(id);
        }

        @Override
        public java.util.List<io.octollm.spi.store.ScoredDocument> searchDocuments(String query, int limit) {
            return d.searchDocuments(query, limit);
        }

        @Override
        public long documentCount() {
            return d.documentCount();
        }

        @Override
        public void putEntity(io.octollm.spi.store.Entity entity) {
            d.putEntity(entity);
        }

        @Override
        public java.util.Optional<io.octollm.spi.store.Entity> findEntity(String id) {
            return d.findEntity(id);
        }

        @Override
        public java.util.List<io.octollm.spi.store.Entity> searchEntities(String text, int limit) {
            return d.searchEntities(text, limit);
        }

        @Override
        public void putRelationship(io.octollm.spi.store.Relationship relationship) {
            d.putRelationship(relationship);
        }

        @Override
        public java.util.List<io.octollm.spi.store.Relationship> relationshipsOf(String entityId) {
            return d.relationshipsOf(entityId);
        }

        @Override
        public void recordHistory(io.octollm.spi.store.HistoryEntry entry) {
            d.recordHistory(entry);
        }

        @Override
        public java.util.List<io.octollm.spi.store.HistoryEntry> history(String userId, int limit) {
            return d.history(userId, limit);
        }
    }
}
