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

    /** The character rules, one character at a time: the reference the four-at-a-time path must match. */
    private static String reference(String text) {
        boolean blank = true;
        int control = -1;
        int lone = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                blank = false;
            } else if (Character.isSurrogate(c)) {
                lone = lone < 0 ? i : lone;
            } else if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                control = control < 0 ? i : control;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                blank = false;
            }
        }
        return "blank=" + (blank && control < 0 && lone < 0) + " control=" + control + " lone=" + lone;
    }

    private static String observed(java.util.List<String> errors) {
        boolean blank = errors.stream().anyMatch(e -> e.contains("blank"));
        int control = errors.stream().filter(e -> e.contains("control character")).findFirst()
                .map(e -> Integer.parseInt(e.replaceAll(".*at index (\\d+);.*", "$1"))).orElse(-1);
        int lone = errors.stream().filter(e -> e.contains("surrogate")).findFirst()
                .map(e -> Integer.parseInt(e.replaceAll(".*at index (\\d+);.*", "$1"))).orElse(-1);
        return "blank=" + blank + " control=" + control + " lone=" + lone;
    }

    @Test
    void validate_randomTexts_matchOneCharacterAtATimeRules() {
        char[] alphabet = {'a', 'Z', '~', '!', ' ', ' ', ' ', '\t', '\n', '\r', '\u000B', '\u0000', '\u001B', '\u001F',
            '\u007E', '\u007F', '\u0080', '\u009F', '\u00A0', '\u00E9', '\u2028', '\u3000', '\uFFFF', '\uD83D', '\uDE00',
            '\u0021', '\u0020'};
        java.util.Random rnd = new java.util.Random(7);
        InputValidator big = new InputValidator(ValidationLimits.DEFAULTS);
        for (int k = 0; k < 100_000; k++) {
            char[] c = new char[1 + rnd.nextInt(24)];
            for (int i = 0; i < c.length; i++) {
                // mostly printable ASCII, so the fast path runs for a while before the odd character
                c[i] = rnd.nextInt(4) == 0 ? alphabet[rnd.nextInt(alphabet.length)] : (char) (' ' + rnd.nextInt(95));
            }
            String text = new String(c);
            assertThat(observed(big.validate(ReflexRequest.of(text)))).as("text %s", java.util.Arrays.toString(c))
                    .isEqualTo(reference(text));
        }
    }
}
