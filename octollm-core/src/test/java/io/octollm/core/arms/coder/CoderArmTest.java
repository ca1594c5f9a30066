package io.octollm.core.arms.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.llm.LlmException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoderArmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID_JAVA = "public class Greeter {\n"
            + "    public static String greet(String name) {\n"
            + "        return \"Hello, \" + name;\n"
            + "    }\n"
            + "}\n";
    private static final String BROKEN_JAVA = VALID_JAVA.replace("+ name;", "+ nam;");

    private final CoderArm arm = new CoderArm();

    private static String answer(String code, String language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("explanation", "greets by name");
        m.put("language", language);
        m.put("confidence", 0.9);
        m.put("warnings", List.of());
        m.put("tests", "");
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArmRequest request(String instruction, Map<String, Object> parameters) {
        return new ArmRequest("task-1", "step-1", instruction, Map.of(), parameters, List.of("must compile"),
                Map.of(), FakeArmContext.NOW.plus(Duration.ofMinutes(5)), 10_000, 1.0, 1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> warnings(ArmResult r) {
        return (List<String>) r.data().get("warnings");
    }

    private static ArmRequest request(String instruction) {
        return request(instruction, Map.of());
    }

    @Test
    void execute_withoutLlm_declinesWithLlmRequired() {
        ArmResult r = arm.execute(request("write a java function that adds two numbers"), new FakeArmContext(null));

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("LLM_REQUIRED");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.UNSUPPORTED);
        assertThat(r.error().retryable()).isFalse();
        assertThat(r.error().message()).contains("chat model");
    }

    @Test
    void execute_validJava_compilesOnceAndReportsUsageAndModel() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(answer(VALID_JAVA, "java"));

        ArmResult r = arm.execute(request("implement a greeter class in java"), new FakeArmContext(llm));

        assertThat(r.success()).as("%s", r.error()).isTrue();
        assertThat(r.output()).isEqualTo(VALID_JAVA);
        assertThat(r.data()).containsEntry("compiled", true).containsEntry("language", "java")
                .containsEntry("operation", "generate").containsEntry("fix_attempts", 0);
        assertThat(r.confidence()).isEqualTo(0.9);
        assertThat(r.usage().promptTokens()).isEqualTo(100);
        assertThat(r.usage().completionTokens()).isEqualTo(50);
        assertThat(r.usage().costUsd()).isEqualTo(0.002);
        assertThat(r.attributes()).containsEntry("model", "fake-model-v1");
        assertThat(llm.requests).hasSize(1);
        String prompt = llm.lastUserMessage(0);
        assertThat(prompt).contains("Operation: generate").contains("Language: java")
                .contains("implement a greeter class").contains("must compile");
        assertThat(llm.requests.get(0).messages().get(0).content()).contains("JSON object");
    }

    @Test
    void execute_javaWithCompileError_sendsDiagnosticsBackAndSucceedsWhenFixed() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(answer(BROKEN_JAVA, "java"),
                answer(VALID_JAVA, "java"));

        ArmResult r = arm.execute(request("write a java greeter"), new FakeArmContext(llm));

        assertThat(r.success()).as("%s", r.error()).isTrue();
        assertThat(r.output()).isEqualTo(VALID_JAVA);
        assertThat(r.data()).containsEntry("fix_attempts", 1).containsEntry("compiled", true);
        assertThat(llm.requests).hasSize(2);
        assertThat(llm.lastUserMessage(1)).contains("does not compile").contains("line 3").contains("nam");
        assertThat(llm.requests.get(1).messages()).hasSize(4); // system, task, broken answer, diagnostics
        assertThat(r.usage().promptTokens()).isEqualTo(200);
        assertThat(r.usage().completionTokens()).isEqualTo(100);
    }

    @Test
    void execute_javaNeverFixed_failsAfterTwoFixesWithTheDiagnostics() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(answer(BROKEN_JAVA, "java"),
                answer(BROKEN_JAVA, "java"), answer(BROKEN_JAVA, "java"));

        ArmResult r = arm.execute(request("write a java greeter"), new FakeArmContext(llm));

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("COMPILATION_FAILED");
        assertThat(r.error().message()).contains("2 fix rounds").contains("line 3").contains("cannot find symbol");
        assertThat(llm.requests).hasSize(3);
        assertThat(r.usage().promptTokens()).isEqualTo(300);
        assertThat(r.attributes()).containsEntry("model", "fake-model-v1");
    }

    @Test
    void execute_jsonWrappedInProseAndFence_isParsed() {
        String wrapped = "Sure! Here is the class you asked for:\n```json\n" + answer(VALID_JAVA, "Java")
                + "\n```\nLet me know if you need anything else.";
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(wrapped);

        ArmResult r = arm.execute(request("create a greeter"), new FakeArmContext(llm));

        assertThat(r.success()).as("%s", r.error()).isTrue();
        assertThat(r.output()).isEqualTo(VALID_JAVA);
        assertThat(r.data()).containsEntry("language", "java").containsEntry("compiled", true);
    }

    @Test
    void execute_bareJsonObjectInsideProse_isParsed() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(
                "Here you go: " + answer(VALID_JAVA, "java") + " -- tell me if it {works}.");

        ArmResult r = arm.execute(request("create a greeter"), new FakeArmContext(llm));

        assertThat(r.success()).as("%s", r.error()).isTrue();
        assertThat(r.output()).isEqualTo(VALID_JAVA);
    }

    @Test
    void execute_python_passesThroughWithAWarning() {
        String code = "def add(a, b):\n    return a + b\n";
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(answer(code, "python"));

        ArmResult r = arm.execute(request("write a python function that adds two numbers"),
                new FakeArmContext(llm));

        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo(code);
        assertThat(r.data()).containsEntry("compiled", false);
        assertThat(warnings(r)).contains("syntax not verified for python");
        assertThat(llm.requests).hasSize(1);
    }

    @Test
    void execute_answerWithoutJson_usesTheFencedBlockAndWarns() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(
                "Here it is:\n```python\nprint('hi')\n```\nThis prints hi.");

        ArmResult r = arm.execute(request("write a python hello world"), new FakeArmContext(llm));

        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo("print('hi')");
        assertThat(warnings(r)).anySatisfy(w -> assertThat(w).contains("not JSON"));
    }

    @Test
    void execute_unusableAnswerThenGoodOne_asksAgain() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers("I cannot do that right now.",
                answer(VALID_JAVA, "java"));

        ArmResult r = arm.execute(request("write a java greeter"), new FakeArmContext(llm));

        assertThat(r.success()).isTrue();
        assertThat(llm.lastUserMessage(1)).contains("could not be used");
    }

    @Test
    void execute_neverUsableAnswer_failsWithUnusableAnswer() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers("no", "still no", "never");

        ArmResult r = arm.execute(request("write a java greeter"), new FakeArmContext(llm));

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("UNUSABLE_ANSWER");
        assertThat(llm.requests).hasSize(3);
    }

    @Test
    void execute_llmFailure_becomesTheMappedArmError() {
        ScriptedLlmClient llm = new ScriptedLlmClient().fails(new LlmException("openai-compatible",
                LlmException.Kind.RATE_LIMITED, "HTTP 429", true, Duration.ofSeconds(7), null));

        ArmResult r = arm.execute(request("write a java greeter"), new FakeArmContext(llm));

        assertThat(r.success()).isFalse();
        assertThat(r.error().category()).isEqualTo(ErrorCategory.RATE_LIMIT);
        assertThat(r.error().retryable()).isTrue();
        assertThat(r.error().retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void execute_withoutCompiler_passesJavaThroughWithAWarning() {
        CoderArm noCompiler = new CoderArm(2, 4000, 4, new JavaSourceCheck(null));
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(answer(BROKEN_JAVA, "java"));

        ArmResult r = noCompiler.execute(request("write a java greeter"), new FakeArmContext(llm));

        assertThat(r.success()).isTrue();
        assertThat(r.data()).containsEntry("compiled", false);
        assertThat(warnings(r))
                .anySatisfy(w -> assertThat(w).contains("syntax not verified for java"));
    }

    @Test
    void execute_javaUsingALibraryNotOnTheClassPath_compilesWithAWarning() {
        String code = "import com.example.missing.Widget;\n\npublic class UsesWidget {\n"
                + "    Widget make() { return new Widget(); }\n}\n";
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(answer(code, "java"));

        ArmResult r = arm.execute(request("write java code using Widget"), new FakeArmContext(llm));

        assertThat(r.success()).as("%s", r.error()).isTrue();
        assertThat(warnings(r))
                .anySatisfy(w -> assertThat(w).contains("com.example.missing"));
        assertThat(llm.requests).hasSize(1);
    }

    @Test
    void execute_explainOperation_outputsTheExplanation() {
        ScriptedLlmClient llm = new ScriptedLlmClient().answers(
                "{\"code\":\"\",\"explanation\":\"It adds two numbers.\",\"language\":\"python\",\"confidence\":1}");

        ArmResult r = arm.execute(request("what is this?", Map.of("operation", "explain", "code",
                "def add(a, b): return a + b")), new FakeArmContext(llm));

        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo("It adds two numbers.");
        assertThat(llm.lastUserMessage(0)).contains("Operation: explain").contains("def add(a, b)");
    }

    @Test
    void execute_unknownOperation_isAValidationError() {
        ArmResult r = arm.execute(request("do it", Map.of("operation", "optimise-everything")),
                new FakeArmContext(new ScriptedLlmClient()));

        assertThat(r.error().code()).isEqualTo("UNKNOWN_OPERATION");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.VALIDATION);
    }

    @Test
    void execute_deadlinePassed_failsWithoutCallingTheModel() {
        ScriptedLlmClient llm = new ScriptedLlmClient();
        ArmRequest late = new ArmRequest("t", "s", "write java", Map.of(), Map.of(), List.of(), Map.of(),
                Instant.parse("2025-12-31T23:59:00Z"), 100, 1.0, 1);

        ArmResult r = arm.execute(late, new FakeArmContext(llm));

        assertThat(r.error().code()).isEqualTo("DEADLINE_EXCEEDED");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(llm.requests).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'Fix the bug in the parser', debug", "'Refactor this class for readability', refactor",
            "'Explain what this function does', explain", "'Write unit tests for the fix', test",
            "'Implement a custom exception class', generate", "'Create a REST client', generate"})
    void operation_isInferredFromTheFirstCueInTheInstruction(String instruction, String expected) {
        assertThat(Operation.infer(instruction).wireName()).isEqualTo(expected);
    }

    @Test
    void capability_declaresIdTagsKeywordsAndCostTier() {
        assertThat(arm.capability().armId()).isEqualTo("coder");
        assertThat(arm.capability().tags()).containsExactlyInAnyOrder("code_generation", "code_analysis",
                "refactoring", "debugging", "testing");
        assertThat(arm.capability().keywords()).contains("code", "refactor", "java", "python", "compile");
        assertThat(arm.capability().costTier()).isEqualTo(3);
    }

    @Test
    void provider_buildsTheArmFromSettingsAndRejectsBadOnes() {
        CoderArmProvider provider = new CoderArmProvider();

        assertThat(provider.create(ArmConfig.EMPTY).capability().armId()).isEqualTo("coder");
        assertThat(provider.create(new ArmConfig(Map.of("max_concurrency", "9"))).capability().maxConcurrency())
                .isEqualTo(9);
        assertThatThrownBy(() -> provider.create(new ArmConfig(Map.of("max_fix_attempts", "5"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFixAttempts");
    }

    @Test
    void javaSourceCheck_namesTheFileAfterThePublicType() {
        assertThat(JavaSourceCheck.typeName("import x;\npublic final class Foo {}")).isEqualTo("Foo");
        assertThat(JavaSourceCheck.typeName("class A {}\npublic record B(int x) {}")).isEqualTo("B");
        assertThat(JavaSourceCheck.typeName("class Helper {}")).isEqualTo("Helper");
        assertThat(JavaSourceCheck.typeName("int x = 1;")).isEqualTo("Main");
    }
}
