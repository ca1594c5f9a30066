package io.octollm.reflex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void regionEqualsIgnoreCase_keywords_foldLettersOnly_andCheckBounds() {
        assertThat(Ascii.regionEqualsIgnoreCase("ID: MRN 123", 4, "mrn")).isTrue();
        assertThat(Ascii.regionEqualsIgnoreCase("Bearer x", 0, "bearer")).isTrue();
        assertThat(Ascii.regionEqualsIgnoreCase("FÜHRERSCHEIN", 0, "führerschein")).isTrue();
        assertThat(Ascii.regionEqualsIgnoreCase("dl#5", 0, "dl#")).isTrue();
        assertThat(Ascii.regionEqualsIgnoreCase("dl@5", 0, "dl`")).isFalse(); // '@' | 0x20 == '`' must not match
        assertThat(Ascii.regionEqualsIgnoreCase("mr", 0, "mrn")).isFalse();
        assertThat(Ascii.regionEqualsIgnoreCase("xmrn", 2, "mrn")).isFalse();
        assertThat(Ascii.regionEqualsIgnoreCase("mrn", -1, "mrn")).isFalse();
        assertThat(Ascii.regionEqualsIgnoreCase("mrm", 0, "mrn")).isFalse();
        assertThat(Ascii.regionEqualsIgnoreCase("5-Mar-1990", 2, "march", 3)).isTrue();
        assertThat(Ascii.regionEqualsIgnoreCase("5-Mar-1990", 2, "march", 4)).isFalse();
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
