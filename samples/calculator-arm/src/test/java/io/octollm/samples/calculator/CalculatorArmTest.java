package io.octollm.samples.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmContext;
import io.octollm.spi.arm.ArmProvider;
import io.octollm.spi.arm.ArmRequest;
import io.octollm.spi.arm.ArmResult;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.llm.EmbeddingModel;
import io.octollm.spi.llm.LlmClient;
import io.octollm.spi.store.MemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CalculatorArmTest {
    /** The calculator needs nothing from the engine; any use of the context is a bug. */
    private static final ArmContext NO_CONTEXT = new ArmContext() {
        @Override
        public Optional<LlmClient> llm() {
            throw new AssertionError("the calculator must not need an LLM");
        }

        @Override
        public Optional<EmbeddingModel> embeddings() {
            throw new AssertionError("the calculator must not need embeddings");
        }

        @Override
        public MemoryStore memory() {
            throw new AssertionError("the calculator must not need the memory store");
        }

        @Override
        public Path workspace() {
            throw new AssertionError("the calculator must not need a workspace");
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };

    private final Arm arm = new CalculatorArmProvider().create(ArmConfig.EMPTY);

    private static ArmRequest request(String instruction, Map<String, Object> parameters) {
        return new ArmRequest("t1", "s1", instruction, Map.of(), parameters, List.of(), Map.of(),
                Instant.now().plusSeconds(10), 1000, 1.0, 1);
    }

    @Test
    void execute_instructionWithArithmetic_answersTheValue() {
        ArmResult r = arm.execute(request("calculate 2 * (3 + 4)", Map.of()), NO_CONTEXT);

        assertThat(r.success()).isTrue();
        assertThat(r.output()).isEqualTo("14");
        assertThat(r.data()).containsEntry("expression", "2 * (3 + 4)").containsEntry("value", "14");
    }

    @Test
    void execute_expressionParameter_winsOverTheInstruction() {
        ArmResult r = arm.execute(request("calculate 1 + 1", Map.of("expression", "6 * 7")), NO_CONTEXT);

        assertThat(r.output()).isEqualTo("42");
    }

    @Test
    void execute_malformedExpression_failsWithNonRetryableValidationError() {
        ArmResult r = arm.execute(request("calculate 2 * (3 + ", Map.of()), NO_CONTEXT);

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("BAD_EXPRESSION");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(r.error().retryable()).isFalse();
        assertThat(r.error().message()).contains("2 * (3 +");
    }

    @Test
    void execute_noArithmetic_failsWithNoExpression() {
        ArmResult r = arm.execute(request("calculate my taxes", Map.of()), NO_CONTEXT);

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("NO_EXPRESSION");
        assertThat(r.error().category()).isEqualTo(ErrorCategory.VALIDATION);
    }

    @Test
    void capability_declaresMathTagsAndRoutingKeywords() {
        assertThat(arm.capability().armId()).isEqualTo("calculator");
        assertThat(arm.capability().tags()).containsExactlyInAnyOrder("math", "calculation");
        assertThat(arm.capability().keywords()).contains("calculate", "compute", "sum", "evaluate", "arithmetic",
                "multiply", "divide", "add", "subtract");
    }

    @Test
    void provider_isFoundByServiceLoaderFromTheServicesFile() {
        assertThat(ServiceLoader.load(ArmProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(CalculatorArmProvider.class);
    }

    @Test
    void provider_nonPositiveConcurrency_throws() {
        assertThatThrownBy(() -> new CalculatorArmProvider().create(
                new ArmConfig(Map.of("calculator.max_concurrency", "0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calculator.max_concurrency");
    }
}
