package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.model.FrequentlyBoughtTogetherStrategy.Measure;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FrequentlyBoughtTogetherStrategyTests {

    /**
     * Usable orders {A,B} {A,B} {A,C} {A,B,C} {C,D} {C,D}: n_A = 4, n_B = 3, n_C = 4, n_D = 2, N = 6; together
     * A·B 3, A·C 2, B·C 1 (below the minimum of 2), C·D 2. The order {A,D,E,F} is larger than the limit of 3.
     */
    private static InteractionData orders() {
        return Toy.data()
                .order("o1", "u1", "A", "B")
                .order("o2", "u2", "A", "B")
                .order("o3", "u3", "A", "C")
                .order("o4", "u4", "A", "B", "C")
                .order("o5", "u5", "C", "D")
                .order("o6", "u6", "C", "D")
                .order("o7", "u7", "A", "D", "E", "F")
                .did("u8", FeedbackType.VIEW, "A", Duration.ZERO)
                .build();
    }

    private static FrequentlyBoughtTogetherStrategy.Settings settings(Measure measure) {
        return new FrequentlyBoughtTogetherStrategy.Settings(10, 2, 3, measure, EnumSet.of(FeedbackType.PURCHASE), 1);
    }

    @Test
    void confidenceIsTheShareOfTheAnchorsOrdersHoldingTheOther() {
        NeighbourTable table = new FrequentlyBoughtTogetherStrategy(settings(Measure.CONFIDENCE)).build(orders());

        assertThat(Toy.row(table, "A")).containsExactly("B=0.7500", "C=0.5000");
        assertThat(Toy.row(table, "B")).containsExactly("A=1.0000");
        assertThat(Toy.row(table, "C")).containsExactly("A=0.5000", "D=0.5000");
        assertThat(Toy.row(table, "D")).containsExactly("C=1.0000");
        assertThat(Toy.row(table, "E")).isEmpty();
    }

    @Test
    void liftComparesTogetherWithChance() {
        NeighbourTable table = new FrequentlyBoughtTogetherStrategy(settings(Measure.LIFT)).build(orders());

        // A·B: 3·6 / (4·3) = 1.5; A·C: 2·6 / (4·4) = 0.75; C·D: 2·6 / (4·2) = 1.5
        assertThat(Toy.row(table, "A")).containsExactly("B=1.5000", "C=0.7500");
        assertThat(Toy.row(table, "C")).containsExactly("D=1.5000", "A=0.7500");
    }
}
