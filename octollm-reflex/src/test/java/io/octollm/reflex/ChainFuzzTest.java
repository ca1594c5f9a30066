package io.octollm.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.injection.InjectionDetector;
import io.octollm.reflex.pii.PiiDetector;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No text makes the chain or a detector throw: random texts built from the fragments the scanners
 * react to (digits, separators, brackets, keywords, key prefixes, non-Latin scripts, invisible and
 * surrogate characters), in random order and at random lengths.
 */
class ChainFuzzTest {
    private static final String[] PIECES = {"(", ")", "[", "]", "{", "}", "<", ">", "(1)", "1)", "(12", "12-", "-",
        "--", "+", "+1 ", ".", "..", ":", "::", "@", "@@", "=", "==", "\"", "'", "`", "#", "/", "\\", "|", "%40",
        "0", "1", "9", "00", "12", "123", "1234", "4111", "2024", "31", "-45-", "0x", "bc1", "AKIA", "AIza", "ghp_",
        "sk-", "sk-ant-", "xoxb-", "eyJ", "-----BEGIN ", "KEY-----", "password", " is ", "api_key", "MRN", "DOB ",
        "born ", "March ", "Mar", "geb. ", "passport ", "DL ", "bearer ", "Basic ", "ignore", "previous",
        "instructions", "system", "prompt", "you are", "DAN", "act as", "Assistant:", "AI:", "### ", "<|im_start|>",
        "![x](", "http://", "https://x.io/?q=", "\n", "\t", " ", "  ", "é", "ß", "中文", "日本語", "한국", "ไทย",
        "\u200B", "\u202E", "\uFEFF", "\uD83D\uDE00", "\uD800", "\uDC00", "Ⅻ", "ｉｇｎｏｒｅ", "ѕуѕtеm", "1gn0r3",
        "i g n o r e", "ign*re", "QUFB", "aWdub3Jl", "Z", "a", "the", "x", "YOUR_API_KEY", "$(", "rm -rf /"};

    @Test
    void process_randomFragmentTexts_neverThrow() {
        ReflexChain chain = ReflexChain.builder().rateLimiting(false).build();
        Random rnd = new Random(20261128);
        int blocked = 0;
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(40);
            for (int j = 0; j < parts; j++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                if (rnd.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            ReflexOutcome o = chain.process(ReflexRequest.of(text));
            assertThat(o).as(text).isNotNull();
            if (o instanceof ReflexOutcome.Blocked) {
                blocked++;
            }
            List<Finding> pii = PiiDetector.of(java.util.EnumSet.allOf(io.octollm.reflex.pii.PiiType.class)).detect(text);
            for (Finding f : pii) {
                assertThat(f.start()).isBetween(0, text.length());
                assertThat(f.end()).isBetween(f.start(), text.length());
            }
            assertThat(InjectionDetector.standard().analyze(text)).isNotNull();
        }
        assertThat(blocked).as("some fuzz texts are attacks").isGreaterThan(100);
    }
}
