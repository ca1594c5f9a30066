package io.octollm.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.task.Budget;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import io.octollm.spi.task.Priority;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractsTest {

    @Test
    void taskContract_blankGoal_rejectedNamingTheField() {
        assertThatThrownBy(() -> TaskContract.of("   \n\t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goal must not be blank");
    }

    @Test
    void taskContract_goalOver10000Chars_rejectedWithLength() {
        assertThatThrownBy(() -> TaskContract.of("x".repeat(10_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goal must be at most 10000 characters, was 10001");
        assertThat(TaskContract.of("x".repeat(10_000)).goal()).hasSize(10_000);
    }

    @Test
    void taskContract_defaults_areFilledIn() {
        TaskContract c = TaskContract.of("count the java sources");
        assertThat(c.taskId()).startsWith("task-").hasSize(37);
        assertThat(c.budget()).isEqualTo(Budget.DEFAULT);
        assertThat(c.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(c.constraints()).isEmpty();
        assertThat(c.context()).isEmpty();
        assertThat(c.parentTaskId()).isNull();
    }

    @Test
    void taskContract_newTaskIds_areUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TaskContract.newTaskId());
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void taskContract_taskIdWithSpaceOrControl_rejected() {
        assertThatThrownBy(() -> TaskContract.builder("g").taskId("a b").build())
                .hasMessageContaining("taskId may contain only");
        assertThatThrownBy(() -> TaskContract.builder("g").taskId("a\u0000b").build())
                .hasMessageContaining("\\u0000");
        assertThatThrownBy(() -> TaskContract.builder("g").userId("x".repeat(129)).build())
                .hasMessageContaining("userId must be 1..128");
    }

    @Test
    void taskContract_tooManyItems_rejectedWithCounts() {
        TaskContract.Builder b = TaskContract.builder("g");
        for (int i = 0; i < 21; i++) {
            b.constraint("c" + i);
        }
        assertThatThrownBy(b::build).hasMessage("constraints must have at most 20 items, had 21");
        TaskContract.Builder caps = TaskContract.builder("g");
        for (int i = 0; i < 11; i++) {
            caps.requiredCapability("cap" + i);
        }
        assertThatThrownBy(caps::build).hasMessageContaining("requiredCapabilities must have at most 10");
    }

    @Test
    void taskContract_collections_areDefensivelyCopied() {
        List<String> criteria = new ArrayList<>(List.of("contains:x"));
        Map<String, String> ctx = new HashMap<>(Map.of("k", "v"));
        TaskContract c = new TaskContract("t1", "goal", null, ctx, criteria, null, null, null, null, null, null, null,
                null);
        criteria.add("more");
        ctx.put("k2", "v2");
        assertThat(c.acceptanceCriteria()).containsExactly("contains:x");
        assertThat(c.context()).containsOnlyKeys("k");
        assertThatThrownBy(() -> c.acceptanceCriteria().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void taskContract_toBuilder_roundTrips() {
        TaskContract c = TaskContract.builder("goal").priority(Priority.HIGH).userId("alice").tenantId("acme")
                .acceptanceCriterion("contains:a").context("k", "v").deadline(Instant.parse("2030-01-01T00:00:00Z"))
                .build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void budget_outOfRange_rejectedNamingField() {
        assertThatThrownBy(() -> Budget.DEFAULT.withMaxTokens(0)).hasMessageContaining("budget.maxTokens");
        assertThatThrownBy(() -> Budget.DEFAULT.withMaxCostUsd(-1)).hasMessageContaining("budget.maxCostUsd");
        assertThatThrownBy(() -> Budget.DEFAULT.withMaxCostUsd(Double.NaN)).hasMessageContaining("budget.maxCostUsd");
        assertThatThrownBy(() -> Budget.DEFAULT.withMaxDuration(Duration.ZERO)).hasMessageContaining("maxDuration");
        assertThatThrownBy(() -> Budget.DEFAULT.withMaxRetries(-1)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> Budget.DEFAULT.withMaxSteps(0)).hasMessageContaining("maxSteps");
    }

    @Test
    void armResult_failureWithoutError_rejected() {
        assertThatThrownBy(() -> new ArmResult(false, "", null, 0, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("error");
        ArmError e = ArmError.of("X", ErrorCategory.VALIDATION, "bad");
        assertThatThrownBy(() -> new ArmResult(true, "", null, 1, null, e, null))
                .hasMessageContaining("must not carry an error");
        assertThatThrownBy(() -> ArmResult.ok("x", Map.of(), 1.5)).hasMessageContaining("confidence");
    }

    @Test
    void errorCategory_retryableDefaults_followTheReference() {
        assertThat(ArmError.of("R", ErrorCategory.RATE_LIMIT, "m").retryable()).isTrue();
        assertThat(ArmError.of("T", ErrorCategory.TIMEOUT, "m").retryable()).isTrue();
        assertThat(ArmError.of("V", ErrorCategory.VALIDATION, "m").retryable()).isFalse();
        assertThat(ArmError.of("A", ErrorCategory.AUTHORIZATION, "m").retryable()).isFalse();
        assertThatThrownBy(() -> new ArmError("X", ErrorCategory.TIMEOUT, "m", true, Duration.ofSeconds(-1)))
                .hasMessageContaining("retryAfter");
    }

    @Test
    void armCapability_badIdOrTier_rejected() {
        assertThatThrownBy(() -> ArmCapability.of("Bad Id", "d", Set.of("t"), Set.of(), 1, 1))
                .hasMessageContaining("armId must be");
        assertThatThrownBy(() -> ArmCapability.of("ok", "d", Set.of("t"), Set.of(), 6, 1))
                .hasMessageContaining("costTier must be in 1..5");
        assertThatThrownBy(() -> ArmCapability.of("ok", "d", Set.of(), Set.of(), 1, 1))
                .hasMessageContaining("at least one capability tag");
        assertThat(ArmCapability.of("ok", "d", Set.of("t"), Set.of("Count"), 1, 1).keywords()).containsExactly("count");
        assertThat(ArmCapability.of("ok", "d", Set.of("t"), Set.of(), 1, 1).spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }

    @Test
    void spiVersion_compatibility_comparesMajor() {
        assertThat(SpiVersion.isCompatible("1.0")).isTrue();
        assertThat(SpiVersion.isCompatible("1.7")).isTrue();
        assertThat(SpiVersion.isCompatible("2.0")).isFalse();
        assertThat(SpiVersion.isCompatible("garbage")).isFalse();
    }

    @Test
    void planStep_needsCapabilityOrArm_andPlanNeedsSteps() {
        assertThatThrownBy(() -> new PlanStep("s1", "do", null, null, null, null, null))
                .hasMessageContaining("needs a capability or an armId");
        assertThatThrownBy(() -> new Plan(List.of(), "", "x")).hasMessageContaining("at least one step");
        Plan p = new Plan(List.of(PlanStep.of("a", "do a", "cap"), PlanStep.of("b", "do b", "cap", "a")), null, null);
        assertThat(p.step("b").dependsOn()).containsExactly("a");
        assertThat(p.step("zz")).isNull();
    }

    @Test
    void armRequest_attemptBelowOne_rejected() {
        assertThatThrownBy(() -> new ArmRequest("t", "s", "i", null, null, null, null, Instant.now(), 1, 1, 0))
                .hasMessageContaining("attempt must be >= 1");
    }

    @Test
    void usage_plus_addsAndRejectsNegative() {
        Usage u = new Usage(1, 2, 0.5).plus(new Usage(3, 4, 0.25));
        assertThat(u).isEqualTo(new Usage(4, 6, 0.75));
        assertThat(u.totalTokens()).isEqualTo(10);
        assertThatThrownBy(() -> new Usage(-1, 0, 0)).hasMessageContaining("promptTokens");
    }

    @Test
    void taskStatus_terminal_onlyForEndStates() {
        assertThat(TaskStatus.PENDING.isTerminal()).isFalse();
        assertThat(TaskStatus.RUNNING.isTerminal()).isFalse();
        assertThat(TaskStatus.COMPLETED.isTerminal()).isTrue();
        assertThat(TaskStatus.REJECTED.isTerminal()).isTrue();
    }
}
