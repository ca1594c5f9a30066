package io.octollm.core.swarm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Combines proposals and measures their consensus (mean pairwise similarity; below 0.6 is low
 * consensus). Similarity is the Jaccard index of the word sets. Stateless and thread-safe.
 */
public final class Aggregator {
    /** Mean pairwise similarity below this is low consensus. */
    public static final double LOW_CONSENSUS = 0.6;
    private static final double GROUP_SIMILARITY = 0.8;

    private Aggregator() {
    }

    /**
     * The outcome of aggregation.
     *
     * @param winner the chosen proposal
     * @param consensus mean pairwise similarity 0..1 (1 for a single proposal)
     * @param support share of proposals that agree with the winner (same normalised answer or group)
     */
    public record Result(Proposal winner, double consensus, double support) {
        /** @return true when consensus is below {@link #LOW_CONSENSUS} */
        public boolean lowConsensus() {
            return consensus < LOW_CONSENSUS;
        }
    }

    /**
     * @param proposals at least one
     * @param how the method
     * @return the winner and the consensus
     * @throws IllegalArgumentException when there are no proposals
     */
    public static Result aggregate(List<Proposal> proposals, Aggregation how) {
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("no proposals to aggregate");
        }
        List<Set<String>> words = new ArrayList<>();
        for (Proposal p : proposals) {
            words.add(words(p.output()));
        }
        double consensus = consensus(words);
        return switch (how) {
            case MAJORITY -> majority(proposals, consensus);
            case BORDA -> borda(proposals, words, consensus);
            default -> weighted(proposals, words, consensus);
        };
    }

    private static Result majority(List<Proposal> ps, double consensus) {
        Map<String, List<Proposal>> groups = new HashMap<>();
        for (Proposal p : ps) {
            groups.computeIfAbsent(p.output().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
        List<Proposal> best = null;
        for (List<Proposal> g : groups.values()) {
            if (best == null || g.size() > best.size() || (g.size() == best.size() && maxConf(g) > maxConf(best))) {
                best = g;
            }
        }
        Proposal winner = best.stream().max(Comparator.comparingDouble(Proposal::confidence)).orElseThrow();
        return new Result(winner, consensus, best.size() / (double) ps.size());
    }

    private static double maxConf(List<Proposal> g) {
        return g.stream().mapToDouble(Proposal::confidence).max().orElse(0);
    }

    private static Result weighted(List<Proposal> ps, List<Set<String>> words, double consensus) {
        int n = ps.size();
        double bestScore = -1;
        int bestLeader = 0;
        int bestSize = 0;
        for (int i = 0; i < n; i++) {
            double score = 0;
            int size = 0;
            for (int j = 0; j < n; j++) {
                if (i == j || similarity(words.get(i), words.get(j)) >= GROUP_SIMILARITY) {
                    score += ps.get(j).confidence();
                    size++;
                }
            }
            if (score > bestScore || (score == bestScore && ps.get(i).confidence() > ps.get(bestLeader).confidence())) {
                bestScore = score;
                bestLeader = i;
                bestSize = size;
            }
        }
        Proposal winner = ps.get(bestLeader);
        for (int j = 0; j < n; j++) {
            if (similarity(words.get(bestLeader), words.get(j)) >= GROUP_SIMILARITY
                    && ps.get(j).confidence() > winner.confidence()) {
                winner = ps.get(j);
            }
        }
        return new Result(winner, consensus, bestSize / (double) n);
    }

    private static Result borda(List<Proposal> ps, List<Set<String>> words, double consensus) {
        int n = ps.size();
        double[] points = new double[n];
        for (int voter = 0; voter < n; voter++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            int v = voter;
            order.sort(Comparator.comparingDouble((Integer i) -> -similarity(words.get(v), words.get(i)))
                    .thenComparingInt(i -> i));
            for (int rank = 0; rank < n; rank++) {
                points[order.get(rank)] += n - 1 - rank;
            }
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (points[i] > points[best] || (points[i] == points[best] && ps.get(i).confidence() > ps.get(best)
                    .confidence())) {
                best = i;
            }
        }
        return new Result(ps.get(best), consensus, points[best] / Math.max(1.0, (n - 1.0) * n));
    }

    /**
     * @param a word set
     * @param b word set
     * @return Jaccard similarity, 1 when both are empty
     */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String w : a) {
            if (b.contains(w)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static double consensus(List<Set<String>> words) {
        int n = words.size();
        if (n < 2) {
            return 1;
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += similarity(words.get(i), words.get(j));
                pairs++;
            }
        }
        return sum / pairs;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
