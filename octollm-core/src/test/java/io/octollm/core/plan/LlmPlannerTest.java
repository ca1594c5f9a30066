package io.octollm.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.core.OctoLlm;
import io.octollm.core.testing.FakeArm;
import io.octollm.core.testing.ScriptedLlm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.task.Plan;
import io.octollm.spi.task.TaskContract;
import io.octollm.spi.task.TaskResult;
import io.octollm.spi.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LlmPlannerTest {
    private final List<ArmCapability> arms = List.of(
            ArmCapability.of("retriever", "searches docs", Set.of("documentation_search"), Set.of("search"), 1, 4),
            ArmCapability.of("executor", "runs commands", Set.of("tool_execution"), Set.of("count", "list"), 3, 4));

    @Test
    void parse_toleratesFencesAndProse() {
        String answer = "Sure! Here is the plan:\n```json\n{\"steps\": [{\"id\": \"a\", \"action\": \"search docs\", "
                + "\"arm\": \"retriever\", \"depends_on\": []}, {\"id\": \"b\", \"action\": \"count files\", "
                + "\"arm\": \"executor\", \"depends_on\": [\"a\"], \"criteria\": [\"a number\"]}], "
                + "\"rationale\": \"two things {with braces}\"}\n```\nHope this helps.";
        List<String> errors = new ArrayList<>();
        Plan p = LlmPlanner.parse(answer, arms, errors);
        assertThat(errors).isEmpty();
        assertThat(p.steps()).hasSize(2);
        assertThat(p.steps().get(1).dependsOn()).containsExactly("a");
        assertThat(p.steps().get(1).criteria()).containsExactly("a number");
        assertThat(p.rationale()).isEqualTo("two things {with braces}");
    }

    @Test
    void parse_reportsUnknownArmsAndForwardDependencies() {
        List<String> errors = new ArrayList<>();
        LlmPlanner.parse("{\"steps\": [{\"id\": \"a\", \"action\": \"x\", \"arm\": \"wizard\"}, "
                + "{\"id\": \"b\", \"action\": \"y\", \"arm\": \"executor\", \"depends_on\": [\"c\"]}]}", arms, errors);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("'wizard'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("'c', which is not an earlier step"));
    }

    @Test
    void invalidThenValid_retriesWithFeedback() {
        ScriptedLlm llm = new ScriptedLlm("not json at all",
                "{\"steps\": [{\"id\": \"s1\", \"action\": \"search\", \"arm\": \"retriever\"}]}");
        PlanResult r = new LlmPlanner(llm, new HeuristicPlanner()).planWithUsage(TaskContract.of("search the docs"),
                arms, List.of(), TaskMemory.EMPTY);
        assertThat(r.plan().source()).isEqualTo("llm");
        assertThat(r.llmCalls()).isEqualTo(2);
        assertThat(r.usage().totalTokens()).isEqualTo(30);
        assertThat(llm.requests.get(1).messages().get(3).content()).contains("no JSON object");
    }

    @Test
    void alwaysInvalid_fallsBackToHeuristicAfterThreeTries() {
        ScriptedLlm llm = new ScriptedLlm("{\"steps\": []}");
        PlanResult r = new LlmPlanner(llm, new HeuristicPlanner()).planWithUsage(
                TaskContract.of("count the java files"), arms, List.of(), TaskMemory.EMPTY);
        assertThat(llm.requests).hasSize(3);
        assertThat(r.plan().source()).isEqualTo("heuristic");
        assertThat(r.plan().rationale()).startsWith("fallback to heuristic planner");
    }

    @Test
    void modelDown_fallsBackAtOnce() {
        ScriptedLlm llm = new ScriptedLlm(ScriptedLlm.unavailable());
        PlanResult r = new LlmPlanner(llm, new HeuristicPlanner()).planWithUsage(
                TaskContract.of("count the java files"), arms, List.of(), TaskMemory.EMPTY);
        assertThat(llm.requests).hasSize(1);
        assertThat(r.plan().rationale()).contains("the model failed: UNAVAILABLE");
    }

    @Test
    void engineWithLlm_usesLlmPlanner_andCountsPlanningTokens() {
        ScriptedLlm llm = new ScriptedLlm(
                "{\"steps\": [{\"id\": \"s1\", \"action\": \"do a\", \"arm\": \"a\"}]}");
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false).arm(FakeArm.echo("a")).llm(llm).build()) {
            TaskResult r = engine.run("anything at all");
            assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(r.plan().source()).isEqualTo("llm");
            assertThat(r.usage().totalTokens()).isGreaterThanOrEqualTo(15);
            assertThat(r.provenance()).anySatisfy(p -> {
                assertThat(p.stepId()).isEqualTo("plan");
                assertThat(p.model()).isEqualTo("scripted-model");
            });
        }
    }

    @Test
    void simpleGoal_withLlmPlanner_skipsTheModel() {
        ScriptedLlm llm = new ScriptedLlm("{\"valid\": true}");
        try (OctoLlm engine = OctoLlm.builder().discoverArms(false)
                .arm(new FakeArm("searcher", Set.of("search"), Set.of("search"), 2,
                        (r, n) -> io.octollm.spi.arm.ArmResult.ok("found it")))
                .llm(llm).build()) {
            TaskResult r = engine.run("search for cats");
            assertThat(r.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(r.plan().source()).isEqualTo("single-step");
            assertThat(llm.requests).noneMatch(q -> q.messages().get(0).content().contains("You are the planner"));
        }
    }
}
