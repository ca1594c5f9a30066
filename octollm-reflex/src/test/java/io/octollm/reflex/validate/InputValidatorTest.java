package io.octollm.reflex.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.ReflexRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValidatorTest {
    private final InputValidator v = new InputValidator(ValidationLimits.DEFAULTS.withMaxTextChars(50));

    @Test
    void validate_goodText_noErrors() {
        assertThat(v.validate(ReflexRequest.of("héllo\tworld\n😀"))).isEmpty();
    }

    @Test
    void validate_badTexts_explainWhat() {
        assertThat(v.validate(ReflexRequest.of(""))).singleElement().asString().contains("empty");
        assertThat(v.validate(ReflexRequest.of(" \n\t\u00A0"))).singleElement().asString().contains("blank");
        assertThat(v.validate(ReflexRequest.of("x".repeat(51)))).singleElement().asString().contains("limit is 50");
        assertThat(v.validate(ReflexRequest.of("a\u0000b"))).singleElement().asString().contains("U+0000").contains("index 1");
        assertThat(v.validate(ReflexRequest.of("a\u001Bb"))).singleElement().asString().contains("control");
        assertThat(v.validate(ReflexRequest.of("a\uD800b"))).singleElement().asString().contains("surrogate");
        assertThat(v.validate(ReflexRequest.of("a\uDC00"))).singleElement().asString().contains("surrogate");
    }

    @Test
    void validate_fieldLimits() {
        ReflexRequest r = new ReflexRequest("ok", "t".repeat(200), "bad id", "", null, Map.of("k", "v".repeat(2000)), 0);
        assertThat(v.validate(r)).hasSize(4);
    }
}
