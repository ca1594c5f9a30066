package io.octollm.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.jdbc.JdbcStores;
import io.octollm.jdbc.testing.Backend;
import io.octollm.jdbc.testing.BothDatabases;
import io.octollm.jdbc.testing.Fixtures;
import io.octollm.spi.task.TaskResult;
import java.sql.Connection;
import java.time.Instant;

class TaskRowsTest {

    @BothDatabases
    void saveRowByRow_benchmarkBaseline_storesTheSameResultAsSave(Backend backend) throws Exception {
        try (JdbcStores stores = backend.open()) {
            TaskResult r = Fixtures.result("naive-1", 5);
            try (Connection c = stores.dataSource().getConnection()) {
                new TaskRows(Dialect.forUrl(c.getMetaData().getURL())).saveRowByRow(c, r, Instant.now());
            }
            assertThat(stores.taskStore().get("naive-1")).isEqualTo(r);
        }
    }
}
