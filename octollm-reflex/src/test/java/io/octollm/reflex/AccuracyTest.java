package io.octollm.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import io.octollm.reflex.injection.InjectionDetector;
import io.octollm.reflex.pii.PiiDetector;
import io.octollm.reflex.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recall / precision / false-positive rate on every labelled corpus in {@code src/test/resources/corpus}.
 * Each corpus writes {@code target/accuracy-*.txt} with its figures and every miss and false positive.
 *
 * <p>The blind sets were each written by someone who had not seen the detector's rules or the other sets,
 * scored once ("first contact", recorded below and in the commit that added the set) and only then used
 * for tuning. Targets: injection recall ≥ 0.90 with a false-positive rate ≤ 0.05; PII recall ≥ 0.97 with
 * precision ≥ 0.95. A set still below a target asserts the figure it has reached, so it can only improve.
 */
class AccuracyTest {
    private static final double INJECTION_RECALL = 0.90;
    private static final double INJECTION_FPR = 0.05;
    private static final double PII_RECALL = 0.97;
    private static final double PII_PRECISION = 0.95;

    /**
     * @return per blind injection set: file, summary label, report file, recall floor; the comment on each
     *     row gives its first-contact figure (recall / false-positive rate)
     */
    static Stream<Arguments> injectionSets() {
        return Stream.of(
                // varied attacks, in two halves: 0.832 / 0.047 and 0.782 / 0.043
                Arguments.of("injection-heldout.tsv", "Held-out injection", "accuracy-heldout.txt", INJECTION_RECALL),
                // benchmark styles: 0.759 / 0.047
                Arguments.of("injection-blind2.tsv", "Blind-2 injection", "accuracy-blind2.txt", INJECTION_RECALL),
                // paraphrase-heavy: 0.712 / 0.059
                Arguments.of("injection-blind3.tsv", "Blind-3 injection", "accuracy-blind3.txt", INJECTION_RECALL),
                // written to evade: 0.659 / 0.039
                Arguments.of("injection-blind4.tsv", "Blind-4 injection", "accuracy-blind4.txt", INJECTION_RECALL),
                // common public-dataset style: 0.905 / 0.000, 0.884 / 0.000, 0.863 / 0.013, 0.897 / 0.024
                Arguments.of("injection-blind5.tsv", "Blind-5 injection", "accuracy-blind5.txt", INJECTION_RECALL),
                Arguments.of("injection-blind6.tsv", "Blind-6 injection", "accuracy-blind6.txt", INJECTION_RECALL),
                Arguments.of("injection-blind7.tsv", "Blind-7 injection", "accuracy-blind7.txt", INJECTION_RECALL),
                Arguments.of("injection-blind8.tsv", "Blind-8 injection", "accuracy-blind8.txt", INJECTION_RECALL),
                // indirect and agentic (orders planted in documents and tool output): 0.560 / 0.010, 0.631 / 0.000
                Arguments.of("injection-blind9.tsv", "Blind-9 injection", "accuracy-blind9.txt", INJECTION_RECALL),
                Arguments.of("injection-blind10.tsv", "Blind-10 injection", "accuracy-blind10.txt", INJECTION_RECALL),
                // indirect, unusual containers: 0.458 / 0.017; 0.881 / 0.000 after two rounds, 1.000 / 0.000 after three
                Arguments.of("injection-blind11.tsv", "Blind-11 injection", "accuracy-blind11.txt", INJECTION_RECALL),
                // common direct templates in new wordings, six languages, some indirect: 0.892 / 0.014 first contact;
                // 0.905 / 0.014 after the blind-11 round (destination bound fix)
                Arguments.of("injection-blind12.tsv", "Blind-12 injection", "accuracy-blind12.txt", INJECTION_RECALL),
                // common public-dataset shapes in new wordings, six languages, encoded / obfuscated payloads:
                // 0.875 / 0.016 first contact; 0.906 / 0.016 after the "Stop. Ignore ..." and "your real job now is" fixes
                Arguments.of("injection-blind13.tsv", "Blind-13 injection", "accuracy-blind13.txt", INJECTION_RECALL));
    }

    /**
     * @return per blind PII set: file, summary label, report file; the comment on each row gives its
     *     first-contact figure (recall / precision); the generators are in {@code tools/}
     */
    static Stream<Arguments> piiSets() {
        return Stream.of(
                // varied formats: 0.956 / 0.980
                Arguments.of("pii-blind.tsv", "Blind PII", "accuracy-pii-blind.txt"),
                // structured data and edge forms: 0.923 / 0.977
                Arguments.of("pii-blind2.tsv", "Blind-2 PII", "accuracy-pii-blind2.txt"),
                // canonical formats: 0.990 / 1.000
                Arguments.of("pii-blind3.tsv", "Blind-3 PII", "accuracy-pii-blind3.txt"),
                // chatbot prompts carrying PII: 0.990 / 0.995
                Arguments.of("pii-blind4.tsv", "Blind-4 PII", "accuracy-pii-blind4.txt"),
                // precision traps and edge forms: 0.994 / 0.981
                Arguments.of("pii-blind5.tsv", "Blind-5 PII", "accuracy-pii-blind5.txt"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("injectionSets")
    void blindInjectionCorpus_meetsTargets(String file, String label, String reportFile, double recallFloor)
            throws IOException {
        StringBuilder report = new StringBuilder();
        Score s = scoreInjection(file, report);
        String summary = String.format("%s: %d attacks, recall %.3f; %d benign, false-positive rate %.3f%n", label,
                s.attacks, s.recall(), s.benign, s.fpr());
        write(reportFile, summary + report);
        assertThat(s.recall()).as(summary + report).isGreaterThanOrEqualTo(recallFloor);
        assertThat(s.fpr()).as(summary + report).isLessThanOrEqualTo(INJECTION_FPR);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("piiSets")
    void blindPiiCorpus_meetsTargets(String file, String label, String reportFile) throws IOException {
        StringBuilder report = new StringBuilder();
        PiiScore s = scorePii(file, report);
        String summary = String.format("%s: %d texts, %d expected entities, %d findings, recall %.3f, precision %.3f%n",
                label, s.texts, s.expected, s.predicted, s.recall(), s.precision());
        write(reportFile, summary + report);
        assertThat(s.recall()).as(summary + report).isGreaterThanOrEqualTo(PII_RECALL);
        assertThat(s.precision()).as(summary + report).isGreaterThanOrEqualTo(PII_PRECISION);
    }

    @Test
    void corpus_piiAndInjection_meetTargets() throws IOException {
        StringBuilder report = new StringBuilder();
        PiiScore p = scorePii("pii.tsv", report);
        Score inj = scoreInjection("injection.tsv", report);
        String summary = String.format("PII: %d texts, %d expected entities, recall %.3f, precision %.3f%n"
                        + "Injection: %d attacks, recall %.3f; %d benign, false-positive rate %.3f%n",
                p.texts, p.expected, p.recall(), p.precision(), inj.attacks, inj.recall(), inj.benign, inj.fpr());
        write("accuracy-report.txt", summary + report);
        assertThat(p.recall()).as(summary + report).isGreaterThanOrEqualTo(PII_RECALL);
        assertThat(p.precision()).as(summary + report).isGreaterThanOrEqualTo(PII_PRECISION);
        assertThat(inj.recall()).as(summary + report).isGreaterThanOrEqualTo(INJECTION_RECALL);
        assertThat(inj.fpr()).as(summary + report).isLessThanOrEqualTo(INJECTION_FPR);
    }

    @Test
    void everyCorpusFile_isScoredByATest() {
        List<String> scored = Stream.concat(Stream.concat(injectionSets(), piiSets()).map(a -> (String) a.get()[0]),
                Stream.of("pii.tsv", "injection.tsv")).toList();
        assertThat(scored).containsExactlyInAnyOrderElementsOf(Corpus.files());
    }

    private static void write(String reportFile, String text) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportFile), text);
        System.out.print(text.substring(0, text.indexOf('\n') + 1));
    }

    /** Injection counts for one labelled file. */
    private static final class Score {
        int attacks;
        int caught;
        int benign;
        int falsePos;

        double recall() {
            return (double) caught / attacks;
        }

        double fpr() {
            return (double) falsePos / benign;
        }
    }

    /**
     * Runs every row of {@code name} through the default chain. "Detected" means the chain blocks the text
     * or passes it with an injection flag (an injection finding of severity HIGH or above).
     */
    private static Score scoreInjection(String name, StringBuilder report) {
        Score s = new Score();
        ReflexChain chain = ReflexChain.builder().rateLimiting(false).caching(false).build();
        for (String[] row : Corpus.rows(name)) {
            ReflexOutcome o = chain.process(ReflexRequest.of(row[1]));
            boolean detected = o instanceof ReflexOutcome.Blocked
                    || (o instanceof ReflexOutcome.Pass && ((ReflexOutcome.Pass) o).injectionFlagged());
            if (row[0].equals("ATTACK")) {
                s.attacks++;
                if (detected) {
                    s.caught++;
                } else {
                    report.append("INJECTION MISS :: ").append(row[1]).append(" -> ")
                            .append(InjectionDetector.standard().detect(row[1])).append('\n');
                }
            } else {
                s.benign++;
                if (detected) {
                    s.falsePos++;
                    report.append("INJECTION FALSE POSITIVE :: ").append(row[1]).append(" -> ")
                            .append(InjectionDetector.standard().detect(row[1])).append('\n');
                }
            }
        }
        return s;
    }

    /** PII counts for one labelled file: entities matched by type and count. */
    private static final class PiiScore {
        int texts;
        int expected;
        int predicted;
        int truePos;

        double recall() {
            return (double) truePos / expected;
        }

        double precision() {
            return predicted == 0 ? 1.0 : (double) truePos / predicted;
        }
    }

    /**
     * Runs every row of {@code name} through {@link PiiDetector#standard()}. A finding counts as a true positive
     * when its type is still expected in that row (type and count, no span rule); every other finding counts
     * against precision.
     */
    private static PiiScore scorePii(String name, StringBuilder report) {
        PiiScore s = new PiiScore();
        for (String[] row : Corpus.rows(name)) {
            s.texts++;
            Map<String, Integer> expected = new HashMap<>();
            if (!row[0].equals("NONE")) {
                for (String t : row[0].split(",")) {
                    expected.merge(t, 1, Integer::sum);
                }
            }
            List<Finding> found = PiiDetector.standard().detect(row[1]);
            Map<String, Integer> left = new HashMap<>(expected);
            int hit = 0;
            for (Finding f : found) {
                Integer n = left.get(f.type());
                if (n != null && n > 0) {
                    left.put(f.type(), n - 1);
                    hit++;
                }
            }
            int exp = expected.values().stream().mapToInt(Integer::intValue).sum();
            s.truePos += hit;
            s.expected += exp;
            s.predicted += found.size();
            if (hit != exp || found.size() != hit) {
                report.append("PII MISMATCH expected=").append(row[0]).append(" found=")
                        .append(found.stream().map(Finding::type).toList()).append(" :: ").append(row[1]).append('\n');
            }
        }
        return s;
    }
}
