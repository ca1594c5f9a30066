package io.octollm.reflex.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.ReflexRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The L1 key must agree with the SHA-256 key: same key exactly when the normalised inputs match. */
class CacheKeysTest {
    /** The normalisation the digest documents: trim ASCII whitespace, inner runs become one space. */
    private static String normalise(String s) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= 9 && c <= 13)) {
                pending = out.length() > 0;
                continue;
            }
            if (pending) {
                out.append(' ');
                pending = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String randomText(Random rnd, int len) {
        char[] alphabet = {'a', 'b', 'A', ' ', ' ', '\n', '\t', '\r', '\u000B', '\f', '\u00A0', 'é', '\u4E2D', '\u0001'};
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = alphabet[rnd.nextInt(alphabet.length)];
        }
        return new String(c);
    }

    @Test
    void l1Key_equalExactlyWhenNormalisedTextsEqual_randomWhitespace() {
        Random rnd = new Random(42);
        Map<String, CacheKeys.L1Key> byNormal = new HashMap<>();
        Map<CacheKeys.L1Key, String> byKey = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            String t = randomText(rnd, rnd.nextInt(40));
            CacheKeys.L1Key k = CacheKeys.l1Key(ReflexRequest.of(t));
            String norm = normalise(t);
            CacheKeys.L1Key seen = byNormal.putIfAbsent(norm, k);
            if (seen != null) {
                assertThat(k).as("same normal form '%s' from %s", norm, Arrays.toString(t.toCharArray())).isEqualTo(seen);
            }
            String other = byKey.putIfAbsent(k, norm);
            if (other != null) {
                assertThat(norm).as("key collision").isEqualTo(other);
            }
            assertThat(Arrays.equals(CacheKeys.digest(ReflexRequest.of(t)), CacheKeys.digest(ReflexRequest.of(norm))))
                    .as("digest agrees on the normal form of %s", Arrays.toString(t.toCharArray())).isTrue();
        }
        assertThat(byNormal.size()).as("distinct normal forms exercised").isGreaterThan(10_000);
    }

    @Test
    void l1Key_longTexts_whitespaceVariantsShareKey_oneCharChangeDoesNot() {
        String base = "word ".repeat(500) + "end";
        String spaced = "  " + base.replace(" ", " \n\t ") + " \r\n";
        CacheKeys.L1Key k = CacheKeys.l1Key(ReflexRequest.of(base));
        assertThat(CacheKeys.l1Key(ReflexRequest.of(spaced))).isEqualTo(k);
        assertThat(CacheKeys.l1Key(ReflexRequest.of(base.replaceFirst("word", "Word")))).isNotEqualTo(k);
        assertThat(CacheKeys.l1Key(ReflexRequest.of(base + "!"))).isNotEqualTo(k);
        // a double space at every possible block alignment collapses
        for (int p = 1; p < 12; p++) {
            String t = "abcdefghijkl".substring(0, p) + "  " + "mnopqrstu";
            String one = "abcdefghijkl".substring(0, p) + " " + "mnopqrstu";
            assertThat(CacheKeys.l1Key(ReflexRequest.of(t))).as("split at %d", p)
                    .isEqualTo(CacheKeys.l1Key(ReflexRequest.of(one)));
        }
    }

    @Test
    void l1Key_whitespaceAfterACleanStretchOfAnyLength_collapses() {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop";
        String[] gaps = {" ", "  ", " \n", "\n", "\t\t", "\r\n ", "\u0001", " \u0001 "};
        Map<String, CacheKeys.L1Key> byNormal = new HashMap<>();
        Map<CacheKeys.L1Key, String> byKey = new HashMap<>();
        for (int p = 0; p <= 64; p++) {
            for (String gap : gaps) {
                for (int q = 0; q <= 20; q++) {
                    String t = letters.substring(0, p) + gap + letters.substring(0, q) + gap + "z";
                    String norm = normalise(t);
                    CacheKeys.L1Key k = CacheKeys.l1Key(ReflexRequest.of(t));
                    assertThat(k).as("%s", Arrays.toString(t.toCharArray()))
                            .isEqualTo(CacheKeys.l1Key(ReflexRequest.of(norm)));
                    byNormal.putIfAbsent(norm, k);
                    String other = byKey.putIfAbsent(k, norm);
                    if (other != null) {
                        assertThat(norm).as("key collision").isEqualTo(other);
                    }
                }
            }
        }
        assertThat(byNormal.size()).isGreaterThan(4_000);
    }

    @Test
    void l1Key_scopedByTenantModelAndSystemPrompt_caseSensitive() {
        ReflexRequest r = ReflexRequest.of("q");
        CacheKeys.L1Key k = CacheKeys.l1Key(r);
        assertThat(CacheKeys.l1Key(r.withIds("t1", null))).isNotEqualTo(k);
        assertThat(CacheKeys.l1Key(r.withModel("m", null))).isNotEqualTo(k);
        assertThat(CacheKeys.l1Key(r.withModel(null, "sys"))).isNotEqualTo(k);
        assertThat(CacheKeys.l1Key(r.withModel(null, ""))).isNotEqualTo(k);
        assertThat(CacheKeys.l1Key(r.withIds(null, "some-user"))).isEqualTo(k);
        assertThat(CacheKeys.l1Key(ReflexRequest.of("DAN"))).isNotEqualTo(CacheKeys.l1Key(ReflexRequest.of("dan")));
        // field boundaries are not ambiguous
        assertThat(CacheKeys.l1Key(ReflexRequest.of("q").withModel("ab", null).withIds("c", null)))
                .isNotEqualTo(CacheKeys.l1Key(ReflexRequest.of("q").withModel("b", null).withIds("ca", null)));
    }
}
