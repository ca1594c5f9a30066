package io.octollm.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.TaskContract;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeuristicPlannerTest {
    private final ArmCapability executor = ArmCapability.of("executor", "runs commands",
            Set.of("tool_execution"), Set.of("list", "count", "files", "run"), 3, 8);
    private final ArmCapability retriever = ArmCapability.of("retriever", "searches docs",
            Set.of("documentation_search"), Set.of("search", "docs", "find"), 1, 8);
    private final ArmCapability judge = ArmCapability.of("judge", "judges",
            Set.of("result_validation"), Set.of("search", "list", "count"), 1, 8);
    private final List<ArmCapability> arms = List.of(executor, retriever, judge);
    private final HeuristicPlanner planner = new HeuristicPlanner();

    @Test
    void plan_twoClausesJoinedByAnd_twoIndependentStepsRoutedByKeywords() {
        Plan p = planner.plan(TaskContract.of("list the files in the workspace and count the java sources"), arms,
                List.of());
        assertThat(p.steps()).hasSize(2);
        assertThat(p.steps().get(0).action()).isEqualTo("list the files in the workspace");
        assertThat(p.steps().get(0).armId()).isEqualTo("executor");
        assertThat(p.steps().get(1).action()).isEqualTo("count the java sources");
        assertThat(p.steps().get(1).dependsOn()).isEmpty();
        assertThat(p.source()).isEqualTo("heuristic");
    }

    @Test
    void plan_andInsideAClause_isNotSplit() {
        Plan p = planner.plan(TaskContract.of("search the docs for cats and dogs"), arms, List.of());
        assertThat(p.steps()).hasSize(1);
        assertThat(p.steps().get(0).armId()).isEqualTo("retriever");
        assertThat(p.steps().get(0).action()).isEqualTo("search the docs for cats and dogs");
    }

    @Test
    void plan_thenClause_dependsOnPreviousStep() {
        Plan p = planner.plan(TaskContract.of("search the docs for limits, then list the files"), arms, List.of());
        assertThat(p.steps()).hasSize(2);
        assertThat(p.steps().get(1).dependsOn()).containsExactly("s1");
    }

    @Test
    void plan_neverRoutesToTheJudge() {
        Plan p = planner.plan(TaskContract.of("count files"), List.of(executor, judge), List.of());
        assertThat(p.steps()).allSatisfy(s -> assertThat(s.armId()).isEqualTo("executor"));
    }

    @Test
    void plan_nothingMatches_throwsListingArms() {
        assertThatThrownBy(() -> planner.plan(TaskContract.of("compose a sonnet"), arms, List.of()))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("no arm matches")
                .hasMessageContaining("executor")
                .hasMessageContaining("retriever");
    }

    @Test
    void plan_requiredCapabilities_restrictCandidates() {
        TaskContract c = TaskContract.builder("search and count files").requiredCapability("tool_execution").build();
        Plan p = planner.plan(c, arms, List.of());
        assertThat(p.steps()).allSatisfy(s -> assertThat(s.armId()).isEqualTo("executor"));
    }
}
