package io.octollm.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.testing.FakeArm;
import io.octollm.core.testing.FixedPlanner;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.provenance.ProvenanceRecord;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SwarmEngineTest {

    @Test
    void highPriority_runsThreeVariants_dropsFailed_recordsProvenancePerVariant() {
        FakeArm voter = new FakeArm("voter", Set.of("vote"), Set.of(), 8, (r, n) -> {
            String variant = r.context().get("variant");
            if ("approach_2".equals(variant)) {
                return ArmResult.failure(ArmError.of("FLAKY", ErrorCategory.EXTERNAL, "variant failed"));
            }
            return ArmResult.ok("the answer is 42", Map.of(), 0.8);
        });
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(voter)
                .planner(FixedPlanner.of(PlanStep.of("s1", "decide", "vote"))).build()) {
            TaskResult r = engine.run(TaskContract.builder("decide").priority(Priority.HIGH).build());
            assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(r.output()).isEqualTo("the answer is 42");
            assertThat(voter.calls()).isEqualTo(3);
            assertThat(r.provenance()).filteredOn(p -> p.stepId().startsWith("s1/v")).hasSize(3)
                    .extracting(ProvenanceRecord::errorCode).containsOnlyOnce("FLAKY");
            @SuppressWarnings("unchecked")
            Map<String, Object> swarm = (Map<String, Object>) r.step("s1").data().get("swarm");
            assertThat(swarm).containsEntry("size", 3).containsEntry("succeeded", 2);
            assertThat(r.step("s1").data()).doesNotContainKey("swarm_variants");
        }
    }

    @Test
    void mediumPriority_runsOnce() {
        FakeArm arm = FakeArm.echo("a");
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(arm)
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "a"))).build()) {
            engine.run("g");
            assertThat(arm.calls()).isEqualTo(1);
        }
    }

    @Test
    void discreteQuorumWithDisagreement_majorityWins_andJudgeWarnsOnLowConsensus() {
        FakeArm voter = new FakeArm("voter", Set.of("vote"), Set.of(), 8, (r, n) -> {
            String seed = r.context().get("seed");
            return ArmResult.ok("1".equals(seed) ? "red" : "blue", Map.of(), 0.7);
        });
        PlanStep step = PlanStep.of("s1", "pick a colour", "vote").withParameters(
                Map.of("quorum", 3, "output_type", "discrete"));
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(voter).planner(FixedPlanner.of(step)).build()) {
            TaskResult r = engine.run("pick");
            assertThat(r.output()).isEqualTo("blue");
            assertThat(r.issues()).anySatisfy(i -> {
                assertThat(i.type()).isEqualTo("consensus");
                assertThat(i.severity()).isEqualTo("warning");
            });
        }
    }

    @Test
    void sideEffectArms_neverSwarmedByPriority() {
        FakeArm tool = new FakeArm("tool", Set.of("tool_execution"), Set.of(), 8, (r, n) -> ArmResult.ok("done"));
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(tool)
                .planner(FixedPlanner.of(PlanStep.of("s1", "x", "tool_execution"))).build()) {
            engine.run(TaskContract.builder("g").priority(Priority.CRITICAL).build());
            assertThat(tool.calls()).isEqualTo(1);
        }
    }
}
