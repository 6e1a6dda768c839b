package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTests {

    private final IdDictionary items = IdDictionary.of(List.of("A", "B", "C", "D", "E"));
    private final NeighbourTable table = NeighbourTable.builder("test", items)
            .add(0, 1, 0.5f)
            .add(0, 2, 0.2f)
            .add(3, 2, 0.4f)
            .add(3, 0, 0.3f)
            .build();
    private final Recommender recommender = new Recommender(table);

    @Test
    void sumsNeighbourWeightsOverTheHistoryAndNamesTheStrongestContributor() {
        UserHistory history = new UserHistory(new int[] {0, 3}, new float[] {1f, 1f});

        List<ScoredItem> top = recommender.recommend(history, 10, item -> false);

        // C: 1·0.2 + 1·0.4, B: 0.5, A: 0.3 (from D; A is in the history, the caller decides whether to exclude it)
        assertThat(top)
                .containsExactly(new ScoredItem(2, 0.6f, 3), new ScoredItem(1, 0.5f, 0), new ScoredItem(0, 0.3f, 3));
    }

    @Test
    void skipsExcludedItemsAndStopsAtK() {
        UserHistory history = new UserHistory(new int[] {0, 3}, new float[] {1f, 0.5f});

        assertThat(recommender.recommend(history, 1, item -> item == 1)).containsExactly(new ScoredItem(2, 0.4f, 0));
    }

    @Test
    void anEmptyOrUnknownHistoryYieldsNothing() {
        assertThat(recommender.recommend(UserHistory.EMPTY, 5, item -> false)).isEmpty();
        assertThat(recommender.recommend(new UserHistory(new int[] {4}, new float[] {1}), 5, item -> false))
                .isEmpty();
    }

    @Test
    void similarToReturnsTheAnchorsRow() {
        assertThat(recommender.similarTo(3, 5, item -> false))
                .containsExactly(new ScoredItem(2, 0.4f, 3), new ScoredItem(0, 0.3f, 3));
    }

    @Test
    void aHistoryKeepsEachItemsStrongestDecayedInteraction() {
        UserHistory history = UserHistory.builder(items, FeedbackWeights.DEFAULT, Toy.NOW)
                .add("A", FeedbackType.VIEW, Toy.NOW)
                .add("A", FeedbackType.PURCHASE, Toy.NOW.minus(Duration.ofDays(30)))
                .add("B", FeedbackType.CLICK, Toy.NOW)
                .add("unknown", FeedbackType.PURCHASE, Toy.NOW)
                .build();

        assertThat(history.items()).containsExactly(0, 1);
        assertThat(history.weights()).containsExactly(0.5f, 0.4f); // a purchase one half-life ago beats a view now
    }
}
