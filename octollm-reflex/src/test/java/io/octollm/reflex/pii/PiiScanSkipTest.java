package io.octollm.reflex.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.internal.BenchPrompts;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import io.octollm.reflex.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The scan skips prose that cannot anchor a match; it must find exactly what the scan over every
 * word finds. Checked on every labelled text we have, alone, buried in prose at many offsets, and on
 * random texts built from the characters matches are made of.
 */
class PiiScanSkipTest {
    private static final PiiScanner ALL_TYPES = new PiiScanner(EnumSet.allOf(PiiType.class));

    private static void assertSame(String text) {
        assertThat(ALL_TYPES.scan(text)).as("skipping scan of: %s", text).isEqualTo(ALL_TYPES.scanAll(text));
    }

    @Test
    void scan_corpusTexts_sameAsFullScan() {
        List<String> texts = Corpus.allTexts();
        assertThat(texts).hasSizeGreaterThan(500);
        for (String t : texts) {
            assertSame(t);
        }
    }

    @Test
    void scan_corpusTextsBuriedInProse_sameAsFullScan() {
        List<String> texts = Corpus.allTexts();
        String prose = BenchPrompts.prompts(1, 4000).get(0).replaceAll("[0-9@().+:_-]", "x");
        Random rnd = new Random(11);
        int found = 0;
        for (int k = 0; k < 7000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(3);
            for (int j = 0; j < parts; j++) {
                int a = rnd.nextInt(prose.length() - 200);
                sb.append(prose, a, a + rnd.nextInt(200));
                sb.append(rnd.nextBoolean() ? " " : rnd.nextBoolean() ? "\n" : "");
                sb.append(texts.get(rnd.nextInt(texts.size())));
                sb.append(rnd.nextBoolean() ? " " : "");
            }
            String t = sb.toString();
            found += ALL_TYPES.scanAll(t).size();
            assertSame(t);
        }
        assertThat(found).as("matches exercised").isGreaterThan(1500);
    }

    @Test
    void scan_randomTokenTexts_sameAsFullScan() {
        String[] pieces = {"password", "passwd", " is ", "=", ": ", "\"", "'", "api_key", "MRN", "mrn ", "bearer ",
            "Bearer ", "Basic ", "AKIA", "AIza", "eyJ", "sk-", "sk_live_", "ghp_", "xoxb-", "-----BEGIN ", "PRIVATE KEY",
            "@", ".com", "+1 ", "(415) ", "555", "-", "0132", "4111", "1111", "GB82", "WEST", "1234", "5698", "7654",
            "32", "10.0.0.", "::", "fe80", ":1", "born ", "March ", "14, ", "1985", "passport ", "driver ", "license ",
            "SSN ", "123-45-6789", "abc", "ABCDEFGHIJKLMNOP", "Qrst", "xyz", " ", " ", "\n", ".", ",", "'s", "don't ",
            "0x", "bc1q", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "hooks.slack.com/services/", "T0", "postgres://u:p@h/",
            "00:1A:2B:3C:4D:5E", "0050.56c0.0001", "version ", "2.4.1"};
        Random rnd = new Random(5);
        for (int k = 0; k < 40_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(12);
            for (int j = 0; j < parts; j++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            assertSame(sb.toString());
        }
    }

    /**
     * The scan passes over the prose words before an anchor unless a word can start a match; here key words,
     * token prefixes and assignment shapes sit among prose words at every distance before anchors.
     */
    @Test
    void scan_keyWordsAmongProseBeforeAnchors_sameAsFullScan() {
        String[] pieces = {"password", "Password", "PASSWD", "passphrase", "pwd", "key", "Key", "token", "TOKEN",
            "mrn", "MRN", "hooks", "basic", "Basic", "bearer", "eyJabcdefgh", ".abcdefghij", "AKIAABCDEFGHIJKLMNOP",
            "AIzaabcdefghijklmnopqrstuvwxyzabcdefghi", "api", "secret", "access", "auth", "mot de", "passe", "the",
            "order", "customer", "users", "invoice", "is", "issue", "caf\u00e9", "\u00e9t\u00e9", "\u212Aey",
            "userPassword", "hooks.slack.com/services/T0000/B0000/abcdefghijklmnopqrstuvwx", " ", " ", " ", " ", "  ",
            "   ", " is ", "'", "'s", "' ", "\"", ": ", ":", "=", " = ", " : ", "-", ".", ", ", "\n", "; ", "48213",
            "Tr0ub4dor&3", "abcdefgh12345678abcd", "1234567", "(415) 555-0132", "jane@example.com", "10.0.0.1",
            "sk-abcdefghijklmnopqrstu", "x".repeat(30), "api key is", "auth token is", "my password is",
            "eyJabcdefgh.abcdefghij.abcdefghij 48213", "mrn: 12345678", "Basic dXNlcjpwYXNzd29yZA=="};
        Random rnd = new Random(17);
        int found = 0;
        for (int k = 0; k < 60_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + rnd.nextInt(16);
            for (int j = 0; j < parts; j++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String t = sb.toString();
            found += ALL_TYPES.scanAll(t).size();
            assertSame(t);
        }
        assertThat(found).as("matches exercised").isGreaterThan(20_000);
    }

    /** A JWT of letters and dots has no anchor but the J of "eyJ": the skipping scan stops there too. */
    @Test
    void scan_lettersOnlyJwt_found() {
        String[] texts = {
            "eyJabcdefgh.abcdefghijordereyJabcdefgh.abcdefghij.abcdefghij 48213",
            "see eyJabcdefgh.abcdefghijklmnopqrstuvwxyz.abcdefghij.klmnopqrstu then 48213",
            "token eyJhbGciOiJub25lIn.eyJzdWIiOiJhbGljZSJ.abcdefghijklmnop"};
        for (String t : texts) {
            assertThat(ALL_TYPES.scanAll(t)).as("the full scan finds something in: %s", t).isNotEmpty();
            assertSame(t);
        }
    }

    @Test
    void scan_longPlainWordsAndCapitals_linearAndSame() {
        assertSame("A".repeat(100_000));
        assertSame("Aa".repeat(50_000));
        assertSame("word ".repeat(20_000) + "AKIAIOSFODNN7EXAMPLE");
        assertSame("x".repeat(60_000) + "=secret123");
    }
}
