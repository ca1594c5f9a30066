package io.octollm.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.discovery.ArmCatalog;
import io.octollm.core.testing.FakeArm;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.PlanStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
    private final ArmCatalog catalog = ArmCatalog.build(List.of(FakeArm.echo("a")), List.of(), ArmConfig.EMPTY);

    @Test
    void validate_goodDag_noErrors() {
        Plan p = new Plan(List.of(PlanStep.of("s1", "x", "a"), PlanStep.of("s2", "y", "a", "s1")), "", "t");
        assertThat(new PlanValidator(20).validate(p, catalog)).isEmpty();
    }

    @Test
    void validate_reportsEveryProblem() {
        Plan p = new Plan(List.of(
                PlanStep.of("s1", "x", "a", "s2"),
                PlanStep.of("s2", "y", "a", "s2"),
                PlanStep.of("s2", "z", "a"),
                PlanStep.of("s3", "w", "missing-cap", "nope"),
                PlanStep.of("s4", "v", "a").withArmId("ghost")), "", "t");
        List<String> errors = new PlanValidator(20).validate(p, catalog);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("depends on later step 's2'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("depends on itself"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("used twice"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("unknown step 'nope'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("capability 'missing-cap'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("unknown arm 'ghost'"));
    }

    @Test
    void validate_tooManySteps_reported() {
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            steps.add(PlanStep.of("s" + i, "x", "a"));
        }
        assertThat(new PlanValidator(20).validate(new Plan(steps, "", "t"), catalog))
                .contains("plan has 21 steps, the limit is 20");
    }

    @Test
    void validate_estimatesOverBudget_reported() {
        Plan p = new Plan(List.of(
                PlanStep.of("s1", "x", "a").withParameters(java.util.Map.of("estimated_cost_usd", 0.6,
                        "estimated_duration_seconds", 50)),
                PlanStep.of("s2", "y", "a", "s1").withParameters(java.util.Map.of("estimated_cost_usd", 0.6,
                        "estimated_duration_seconds", 80))), "", "t");
        List<String> errors = new PlanValidator(20).validate(p, catalog, io.octollm.spi.task.Budget.DEFAULT);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("estimated cost $1.2000 exceeds the budget of $1.0000"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("estimated duration 130.0 s exceeds"));
        assertThat(new PlanValidator(20).validate(p, catalog, io.octollm.spi.task.Budget.DEFAULT.withMaxCostUsd(5)
                .withMaxDuration(java.time.Duration.ofMinutes(5)))).isEmpty();
    }
}
