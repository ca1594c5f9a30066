package io.octollm.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.injection.InjectionDetector;
import io.octollm.reflex.pii.PiiDetector;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 1 MB inputs built to make backtracking engines explode; each must finish with correct results. */
class AdversarialInputTest {
    private static final int MB = 1 << 20;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("digits", "1".repeat(MB)),
                Arguments.of("at-signs", "a@".repeat(MB / 2)),
                Arguments.of("dotted-domain", "a@" + "a.".repeat(MB / 2 - 1)),
                Arguments.of("brackets", "[".repeat(MB / 2) + "]".repeat(MB / 2)),
                Arguments.of("spaces", "x" + " ".repeat(MB - 2) + "y"),
                Arguments.of("spaced-digits", "1 ".repeat(MB / 2)),
                Arguments.of("wide-spaced-digits", "1234  ".repeat(MB / 6)),
                Arguments.of("digit-lines", "1\n".repeat(MB / 2)),
                Arguments.of("ip-literal-mails", "a@[1.".repeat(MB / 5)),
                Arguments.of("encoded-at", "a%40".repeat(MB / 4)),
                Arguments.of("colons", "a:".repeat(MB / 2)),
                Arguments.of("single-letters", "a ".repeat(MB / 2)),
                Arguments.of("base64", "QUFB".repeat(MB / 4)),
                Arguments.of("pem-headers", "-----BEGIN RSA PRIVATE KEY-----".repeat(MB / 31)),
                Arguments.of("markdown", "![x](".repeat(MB / 5)),
                Arguments.of("ignore-words", "ignore ".repeat(MB / 7)),
                Arguments.of("zero-width", "\u200B".repeat(MB)),
                Arguments.of("template", "{{".repeat(MB / 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void detectors_adversarialMegabyte_finishWithSaneResults(String name, String text) {
        assertThat(PiiDetector.standard().detect(text)).isEmpty();
        assertThat(InjectionDetector.standard().analyze(text).reaches(Severity.CRITICAL)).isFalse();
        ReflexOutcome o = ReflexChain.builder().maxTextLength(2 * MB).build().process(ReflexRequest.of(text));
        assertThat(o).isNotNull();
    }
}
