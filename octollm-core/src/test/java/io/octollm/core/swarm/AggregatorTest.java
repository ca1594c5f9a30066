package io.octollm.core.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatorTest {
    @Test
    void majority_picksMostFrequentNormalisedAnswer() {
        var r = Aggregator.aggregate(List.of(new Proposal("a", 0, "Yes", 0.6), new Proposal("b", 1, "no", 0.99),
                new Proposal("c", 2, " yes ", 0.7)), Aggregation.MAJORITY);
        assertThat(r.winner().output().strip().toLowerCase()).isEqualTo("yes");
        assertThat(r.winner().confidence()).isEqualTo(0.7);
        assertThat(r.support()).isEqualTo(2 / 3.0);
    }

    @Test
    void weighted_groupsSimilarAnswers_andSumsConfidence() {
        var r = Aggregator.aggregate(List.of(
                new Proposal("a", 0, "the cache keeps answers for five minutes", 0.5),
                new Proposal("b", 1, "the cache keeps answers for five minutes", 0.6),
                new Proposal("c", 2, "rate limits use a token bucket", 0.9)), Aggregation.CONFIDENCE_WEIGHTED);
        assertThat(r.winner().armId()).isEqualTo("b");
        assertThat(r.lowConsensus()).isTrue();
    }

    @Test
    void borda_prefersTheCentralAnswer() {
        var r = Aggregator.aggregate(List.of(
                new Proposal("a", 0, "alpha beta gamma", 0.5),
                new Proposal("b", 1, "alpha beta gamma delta", 0.5),
                new Proposal("c", 2, "zeta eta theta", 0.9)), Aggregation.BORDA);
        assertThat(r.winner().armId()).isIn("a", "b");
    }

    @Test
    void identicalAnswers_fullConsensus() {
        var r = Aggregator.aggregate(List.of(new Proposal("a", 0, "same", 0.5), new Proposal("b", 1, "same", 0.5)),
                Aggregation.CONFIDENCE_WEIGHTED);
        assertThat(r.consensus()).isEqualTo(1.0);
        assertThat(r.lowConsensus()).isFalse();
    }

    @Test
    void empty_rejected() {
        assertThatThrownBy(() -> Aggregator.aggregate(List.of(), Aggregation.MAJORITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
