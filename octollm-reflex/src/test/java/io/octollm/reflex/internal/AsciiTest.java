package io.octollm.reflex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void matchesLower_ignoresCaseOfLettersOnly_andChecksBounds() {
        assertThat(Ascii.matchesLower("ID: MRN 123", 4, "mrn")).isTrue();
        assertThat(Ascii.matchesLower("Bearer x", 0, "bearer")).isTrue();
        assertThat(Ascii.matchesLower("FÜHRERSCHEIN", 0, "führerschein")).isTrue();
        assertThat(Ascii.matchesLower("dl#5", 0, "dl#")).isTrue();
        assertThat(Ascii.matchesLower("dl@5", 0, "dl`")).isFalse(); // '@' | 0x20 == '`' must not match
        assertThat(Ascii.matchesLower("mr", 0, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("xmrn", 2, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("mrn", -1, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("mrm", 0, "mrn")).isFalse();
        assertThat(Ascii.matchesLower("5-Mar-1990", 2, "march", 3)).isTrue();
        assertThat(Ascii.matchesLower("5-Mar-1990", 2, "march", 4)).isFalse();
    }

    @Test
    void regionEqualsIgnoreCase_agreesWithRegionMatches() {
        String[] words = {"gpt", "P.S.", "ing", "Hey", "ÉTÉ", "a-b", "@x"};
        String[] texts = {"ChatGPT", "p.s. note", "RUNNING", "hey you", "été", "A-B", "`X", "@X", "Ünïcode"};
        for (String t : texts) {
            for (String w : words) {
                for (int at = -1; at <= t.length(); at++) {
                    assertThat(Ascii.regionEqualsIgnoreCase(t, at, w)).as("%s at %d in %s", w, at, t)
                            .isEqualTo(t.regionMatches(true, at, w, 0, w.length()));
                }
            }
        }
    }
}
