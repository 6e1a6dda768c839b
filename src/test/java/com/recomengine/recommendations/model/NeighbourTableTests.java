package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourTableTests {

    private final IdDictionary items = IdDictionary.of(List.of("A", "B", "C", "D"));

    @Test
    void rowsAreStrongestFirstWithoutSelfOrRepeatsAndCapped() {
        NeighbourTable table = NeighbourTable.builder("test", items)
                .add(0, 1, 0.2f)
                .add(0, 2, 0.9f)
                .add(0, 1, 0.7f)
                .add(0, 0, 5f)
                .add(0, 3, 0.1f)
                .add(2, 3, 0f)
                .build(2);

        assertThat(Toy.row(table, "A")).containsExactly("C=0.9000", "B=0.7000");
        assertThat(table.count(2)).isZero();
        assertThat(table.entries()).isEqualTo(2);
    }

    @Test
    void aTableReadBackFromItsArraysKeepsItsRowsAndRefusesMisshapenOnes() {
        NeighbourTable table = NeighbourTable.ofRows(
                "test", items, new int[] {0, 2, 2, 3, 3}, new int[] {2, 1, 0}, new float[] {0.9f, 0.7f, 1f});
        assertThat(Toy.row(table, "A")).containsExactly("C=0.9000", "B=0.7000");
        assertThat(Toy.row(table, "C")).containsExactly("A=1.0000");
        assertThat(table.count(1)).isZero();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        NeighbourTable.ofRows("test", items, new int[] {0, 1, 1, 1}, new int[] {1}, new float[] {1f}));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> NeighbourTable.ofRows(
                        "test", items, new int[] {0, 1, 1, 1, 1}, new int[] {9}, new float[] {1f}));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> NeighbourTable.ofRows(
                        "test", items, new int[] {0, 1, 0, 1, 1}, new int[] {1}, new float[] {1f}));
    }

    @Test
    void walksEveryEntryForPersistence() {
        NeighbourTable table = NeighbourTable.builder("test", items)
                .add(3, 0, 1f)
                .add(1, 2, 0.5f)
                .add(1, 3, 0.6f)
                .build();
        List<String> rows = new ArrayList<>();

        table.forEach(
                (item, rank, neighbour, weight) -> rows.add(items.id(item) + rank + items.id(neighbour) + weight));

        assertThat(rows).containsExactly("B0D0.6", "B1C0.5", "D0A1.0");
    }

    @Test
    void topKKeepsTheBestAndPrefersLowerIdsOnTies() {
        TopK top = new TopK(3);
        float[] scores = {0.5f, 0.9f, 0.5f, 0.1f, 0.5f, 0.7f};
        for (int id = scores.length - 1; id >= 0; id--) {
            top.offer(id, scores[id]);
        }
        int[] ids = new int[3];
        float[] best = new float[3];

        assertThat(top.drainBestFirst(ids, best)).isEqualTo(3);
        assertThat(ids).containsExactly(1, 5, 0);
    }

    @Test
    void repeatedInteractionsKeepTheirStrongestWeight() {
        SparseMatrix m = SparseMatrix.ofMaxima(
                2, 3, 5, new int[] {1, 0, 1, 1, -1}, new int[] {2, 1, 2, 0, 0}, new float[] {0.3f, 1f, 0.8f, 0.5f, 9f});

        assertThat(m.count(0)).isEqualTo(1);
        assertThat(m.count(1)).isEqualTo(2);
        assertThat(m.column).containsExactly(1, 0, 2);
        assertThat(m.value).containsExactly(1f, 0.5f, 0.8f);
        assertThat(m.transpose().column).containsExactly(1, 0, 1);
    }

    @Test
    void feedbackHalvesEveryHalfLifeAndKnowsTheApisEventTypes() {
        assertThat(FeedbackWeights.DEFAULT.weight(FeedbackType.PURCHASE, 30L * 86_400_000))
                .isEqualTo(0.5);
        assertThat(FeedbackWeights.DEFAULT.weight(FeedbackType.VIEW, -1000)).isEqualTo(0.2);
        assertThat(FeedbackType.fromEventType("recommendation_click")).contains(FeedbackType.CLICK);
        assertThat(FeedbackType.fromEventType("add_to_cart")).contains(FeedbackType.ADD_TO_CART);
        assertThat(FeedbackType.fromEventType("impression")).isEmpty();
    }
}
