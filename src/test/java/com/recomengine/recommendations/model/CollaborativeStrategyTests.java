package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollaborativeStrategyTests {

    /**
     * X (users × A B C D) = [1100; 1110; 0110; 1011; 0011], λ = 1. Then XᵀX + I = [[5,2,2,1],[2,5,2,0],[2,2,6,2],
     * [1,0,2,4]] and B = I − P·diag(1/diag P) gives, source → target: A→B 0.4, A→C 0.125, A→D 0.1818; B→A 0.4375,
     * B→C 0.4375, B→D −0.3182; C→A 0.125, C→B 0.4, C→D 0.4545; D→A 0.25, D→B −0.4, D→C 0.625 (numpy).
     */
    private static InteractionData toy() {
        return Toy.data()
                .bought("u1", "A", "B")
                .bought("u2", "A", "B", "C")
                .bought("u3", "B", "C")
                .bought("u4", "A", "C", "D")
                .bought("u5", "C", "D")
                .build();
    }

    private static CollaborativeStrategy.Settings settings(int neighbours, int maxDenseItems) {
        return new CollaborativeStrategy.Settings(FeedbackWeights.DEFAULT, 1.0, neighbours, maxDenseItems, 1);
    }

    @Test
    void easeWeightsMatchTheClosedFormAndDropNegativeOnes() {
        NeighbourTable table = new CollaborativeStrategy(settings(10, 100)).build(toy());

        assertThat(Toy.row(table, "A")).containsExactly("B=0.4000", "D=0.1818", "C=0.1250");
        assertThat(Toy.row(table, "B")).containsExactly("A=0.4375", "C=0.4375");
        assertThat(Toy.row(table, "C")).containsExactly("D=0.4545", "B=0.4000", "A=0.1250");
        assertThat(Toy.row(table, "D")).containsExactly("C=0.6250", "A=0.2500");
    }

    @Test
    void keepsTheStrongestSourcesOfEachTargetItem() {
        NeighbourTable table = new CollaborativeStrategy(settings(1, 100)).build(toy());

        // per target: A ← B (0.4375), C ← D (0.625), D ← C (0.4545); B ← A or C (a tie at 0.4, up to rounding)
        assertThat(Toy.row(table, "B")).containsExactly("A=0.4375");
        assertThat(Toy.row(table, "C")).contains("D=0.4545");
        assertThat(Toy.row(table, "D")).containsExactly("C=0.6250");
        assertThat(table.entries()).isEqualTo(4);
    }

    @Test
    void itemsPastTheDenseLimitGetCosineNeighbours() {
        InteractionData data = Toy.data()
                .bought("u1", "A", "B")
                .bought("u2", "A", "B")
                .bought("u3", "A", "B")
                .bought("u4", "A")
                .bought("u5", "C", "D")
                .bought("u6", "C")
                .build();

        NeighbourTable table = new CollaborativeStrategy(settings(10, 2)).build(data);

        // A and B form the dense head; C (2 buyers) and D (1) are the tail: cos(C, D) = 1/√2, scaled to EASE
        assertThat(Toy.row(table, "C")).hasSize(1).first().asString().startsWith("D=");
        assertThat(Toy.row(table, "D")).hasSize(1).first().asString().startsWith("C=");
        assertThat(Toy.row(table, "A"))
                .containsExactly(Toy.row(table, "A").getFirst())
                .first()
                .asString()
                .startsWith("B=");
    }

    @Test
    void recentInteractionsWeighMoreThanOldOnes() {
        // u3 has A; B was bought with A long ago by u1, C with A yesterday by u2
        InteractionData data = Toy.data()
                .did("u1", FeedbackType.PURCHASE, "A", Duration.ofDays(300))
                .did("u1", FeedbackType.PURCHASE, "B", Duration.ofDays(300))
                .did("u2", FeedbackType.PURCHASE, "A", Duration.ofDays(1))
                .did("u2", FeedbackType.PURCHASE, "C", Duration.ofDays(1))
                .build();
        NeighbourTable table = new CollaborativeStrategy(settings(10, 100)).build(data);
        UserHistory history = UserHistory.builder(data.items(), FeedbackWeights.DEFAULT, Toy.NOW)
                .add("A", FeedbackType.VIEW, Toy.NOW)
                .build();

        List<ScoredItem> recommended = new Recommender(table).recommend(history, 2, item -> false);

        assertThat(Toy.ids(table, recommended)).containsExactly("C", "B");
    }
}
