package io.octollm.reflex.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TyposTest {
    private static final List<String> KEYS = List.of("ignore", "disregard", "instructions", "previous", "forget",
            "override", "prompt", "bypass", "restrictions", "guidelines", "system");

    private static int match(String w) {
        return Typos.match(w.toCharArray(), w.length());
    }

    @Test
    void match_everyOneEditVariantOfEveryKey_isFound() {
        int checked = 0;
        for (String k : KEYS) {
            int id = Lexicon.id(k);
            for (int i = 1; i < k.length(); i++) { // the first letter picks the candidates, so it stays
                for (char c = 'a'; c <= 'z'; c++) {
                    String sub = k.substring(0, i) + c + k.substring(i + 1);
                    String ins = k.substring(0, i) + c + k.substring(i);
                    if (!sub.equals(k)) {
                        assertThat(match(sub)).as(sub).isEqualTo(id);
                        checked++;
                    }
                    if (!ins.startsWith(k)) { // "bypasss" is "bypass" plus a suffix, not a typo
                        assertThat(match(ins)).as(ins).isEqualTo(id);
                        checked++;
                    }
                }
                String del = k.substring(0, i) + k.substring(i + 1);
                assertThat(match(del)).as(del).isEqualTo(id);
                if (i + 1 < k.length() && k.charAt(i) != k.charAt(i + 1)) {
                    String swap = k.substring(0, i) + k.charAt(i + 1) + k.charAt(i) + k.substring(i + 2);
                    assertThat(match(swap)).as(swap).isEqualTo(id);
                }
            }
        }
        assertThat(checked).isGreaterThan(3900);
    }

    @Test
    void match_realWordsAndSuffixes_areNotTypos() {
        for (String w : List.of("ignores", "ignored", "project", "problem", "please", "before", "should", "follow",
                "systems", "prompts", "budget", "different", "instead")) {
            assertThat(match(w)).as(w).isEqualTo(-1);
        }
    }
}
