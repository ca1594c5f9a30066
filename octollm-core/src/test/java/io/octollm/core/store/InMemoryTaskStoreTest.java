package io.octollm.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.spi.task.StopReason;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTaskStoreTest {
    private static TaskResult done(String id) {
        return new TaskResult(id, "g", TaskStatus.COMPLETED, StopReason.NONE, "", "out", null, null, null, null, 0,
                null, Instant.now(), Instant.now(), null);
    }

    @Test
    void overCapacity_dropsOldestFinished_keepsRunning() {
        InMemoryTaskStore store = new InMemoryTaskStore(3);
        store.create(TaskContract.builder("running").taskId("r").build());
        for (int i = 0; i < 5; i++) {
            String id = "t" + i;
            store.create(TaskContract.builder("g").taskId(id).build());
            store.save(done(id));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.find("r")).isPresent();
        assertThat(store.find("t4")).isPresent();
        assertThat(store.find("t3")).isPresent();
        assertThat(store.find("t0")).isEmpty();
    }

    @Test
    void create_twice_secondIsNoop() {
        InMemoryTaskStore store = new InMemoryTaskStore(10);
        assertThat(store.create(TaskContract.builder("g").taskId("a").build())).isTrue();
        assertThat(store.create(TaskContract.builder("g").taskId("a").build())).isFalse();
    }

    @Test
    void list_filtersByStatus_newestFirst() {
        InMemoryTaskStore store = new InMemoryTaskStore(10);
        store.create(TaskContract.builder("g").taskId("a").build());
        store.create(TaskContract.builder("g").taskId("b").build());
        store.save(done("b"));
        store.create(TaskContract.builder("g").taskId("c").build());
        assertThat(store.list(TaskQuery.recent())).extracting(s -> s.taskId()).containsExactly("c", "b", "a");
        assertThat(store.list(new TaskQuery(TaskStatus.PENDING, null, 10))).extracting(s -> s.taskId())
                .containsExactly("c", "a");
        assertThat(store.updateStatus("a", TaskStatus.RUNNING)).isTrue();
        assertThat(store.updateStatus("zz", TaskStatus.RUNNING)).isFalse();
    }
}
