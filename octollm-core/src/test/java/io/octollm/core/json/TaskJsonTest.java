package io.octollm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.core.OctoLlm;
import io.octollm.core.testing.FakeArm;
import io.octollm.core.testing.FixedPlanner;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import org.junit.jupiter.api.Test;

class TaskJsonTest {
    @Test
    void taskResult_roundTrips_withLowerCaseStatuses() {
        TaskResult r;
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a"))
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "a"))).build()) {
            r = engine.run("json me");
        }
        String json = TaskJson.write(r);
        assertThat(json).contains("\"status\":\"completed\"").contains("\"stopReason\":\"none\"")
                .contains("\"outcome\":\"success\"");
        assertThat(TaskJson.read(json, TaskResult.class)).isEqualTo(r);
    }

    @Test
    void contract_roundTrips() {
        TaskContract c = TaskContract.builder("g").acceptanceCriterion("contains:x").userId("u").build();
        assertThat(TaskJson.read(TaskJson.write(c), TaskContract.class)).isEqualTo(c);
    }

    @Test
    void malformed_typedError() {
        assertThatThrownBy(() -> TaskJson.read("{not json", TaskResult.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TaskResult");
    }
}
