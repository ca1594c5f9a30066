package io.octollm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.spi.StoreException;
import io.octollm.spi.task.TaskContract;
import java.net.ServerSocket;
import io.octollm.spi.task.TaskQuery;
import io.octollm.spi.task.TaskSummary;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JdbcStoresTest {

    @Test
    void build_unreachablePostgres_throwsTransientStoreExceptionNamingTheUrl() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/octollm?password=secret";
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> JdbcStores.builder().url(url).user("x").connectionTimeout(Duration.ofMillis(500)).build());
        assertThat(e).isNotNull();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).contains("cannot connect").contains("127.0.0.1:" + port).doesNotContain("secret");
        assertThat(e.component()).isEqualTo("jdbc");
    }

    @BothDatabases
    void storeCall_afterPoolClosed_throwsStoreExceptionNamingStoreAndOperation(Backend backend) {
        JdbcStores stores = backend.open();
        stores.close();
        assertThatThrownBy(() -> stores.taskStore().create(TaskContract.of("g")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc-task-store")
                .hasMessageContaining("create task");
    }

    @BothDatabases
    void build_withoutMigrateOnEmptyDatabase_failsWithInstructions_andMigrateTwiceIsNoOp(Backend backend) {
        String url = backend.newDatabaseUrl() + (backend == Backend.H2 ? ";DB_CLOSE_DELAY=-1" : "");
        assertThatThrownBy(() -> JdbcStores.builder().url(url).user(backend.user()).password("").poolSize(1).build())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema is at version 0")
                .hasMessageContaining("migrate(true)");
        JdbcStores.builder().url(url).user(backend.user()).password("").poolSize(1).migrate(true).build().close();
        try (JdbcStores again = JdbcStores.builder().url(url).user(backend.user()).password("").poolSize(1)
                .migrate(true).build(); JdbcStores plain = JdbcStores.builder().url(url).user(backend.user())
                .password("").poolSize(1).build()) {
            assertThat(plain.dialect()).isEqualTo(backend == Backend.H2 ? "h2" : "postgresql");
            assertThat(again.taskStore().create(TaskContract.of("g"))).isTrue();
        }
    }

    @BothDatabases
    void storeCall_whenPoolIsExhausted_throwsTransientStoreException(Backend backend) {
        try (JdbcStores stores = JdbcStores.builder().url(backend.newDatabaseUrl()).user(backend.user()).password("")
                .poolSize(1).maxOverflow(0).connectionTimeout(Duration.ofMillis(250)).migrate(true).build();
                Stream<TaskSummary> holding = stores.taskStore().stream(TaskQuery.recent())) {
            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> stores.taskStore().create(TaskContract.of("g")));
            assertThat(e).isNotNull();
            assertThat(e.isTransient()).isTrue();
            assertThat(e.component()).isEqualTo("jdbc-task-store");
            assertThat(holding).isEmpty();
        }
    }

    @Test
    void schemaScript_listsTablesAndTheIndexesOfTheSeed() {
        String pg = JdbcStores.schemaScript("postgresql");
        assertThat(pg).contains("idx_tasks_status_priority", "idx_tasks_user_created", "idx_tasks_active",
                "idx_entities_name_gin", "USING GIN", "idx_task_history_created_brin", "USING BRIN",
                "uq_action_log_call", "schema_version");
        String h2 = JdbcStores.schemaScript("h2");
        assertThat(h2).contains("idx_tasks_status_priority", "document_terms").doesNotContain("BRIN");
        assertThatThrownBy(() -> JdbcStores.schemaScript("oracle")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_withoutUrlOrDataSource_throwsIllegalState() {
        assertThatThrownBy(() -> JdbcStores.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JdbcStores.builder().url("jdbc:mysql://x/y").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("H2 or PostgreSQL");
    }
}
