package io.octollm.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.spi.arm.ArmError;
import io.octollm.spi.arm.ErrorCategory;
import io.octollm.spi.llm.LlmException;
import io.octollm.spi.llm.LlmException.Kind;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmErrorsTest {
    @ParameterizedTest
    @CsvSource({"RATE_LIMITED,RATE_LIMIT,true", "TIMEOUT,TIMEOUT,true", "AUTH,AUTHENTICATION,false",
            "BAD_REQUEST,VALIDATION,false", "BAD_RESPONSE,EXTERNAL,false", "UNAVAILABLE,EXTERNAL,true"})
    void toArmError_mapsKindToCategoryAndKeepsRetryHints(Kind kind, ErrorCategory category, boolean retryable) {
        Duration after = retryable ? Duration.ofSeconds(4) : null;
        LlmException e = new LlmException("openai-compatible", kind, "what happened", retryable, after, null);

        ArmError error = LlmErrors.toArmError(e);

        assertThat(error.code()).isEqualTo("LLM_" + kind.name());
        assertThat(error.category()).isEqualTo(category);
        assertThat(error.retryable()).isEqualTo(retryable);
        assertThat(error.retryAfter()).isEqualTo(after);
        assertThat(error.message()).contains("what happened");
    }
}
