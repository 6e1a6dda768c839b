package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PopularStrategyTests {

    @Test
    void countsEachShopperOnceAtTheirStrongestInteractionWithinTheWindow() {
        Toy toy = Toy.data();
        for (int v = 0; v < 5; v++) {
            toy.did("u1", FeedbackType.VIEW, "A", Duration.ofDays(v)); // one shopper: 0.2, not 1.0
        }
        toy.did("u2", FeedbackType.PURCHASE, "B", Duration.ofDays(2))
                .did("u2", FeedbackType.VIEW, "B", Duration.ofDays(3))
                .did("u3", FeedbackType.ADD_TO_CART, "B", Duration.ofDays(29))
                .did("u4", FeedbackType.PURCHASE, "C", Duration.ofDays(40));

        RankedItems popular = new PopularStrategy(PopularStrategy.Settings.DEFAULT).build(toy.build());

        assertThat(popular.size()).isEqualTo(2);
        assertThat(popular.items().id(popular.item(0))).isEqualTo("B");
        assertThat(popular.score(0)).isEqualTo(1.7f);
        assertThat(popular.items().id(popular.item(1))).isEqualTo("A");
        assertThat(popular.score(1)).isEqualTo(0.2f);
    }

    @Test
    void topSkipsExcludedItems() {
        RankedItems popular = new PopularStrategy(PopularStrategy.Settings.DEFAULT)
                .build(Toy.data()
                        .bought("u1", "A", "B", "C")
                        .bought("u2", "A", "B")
                        .bought("u3", "A")
                        .build());
        int a = popular.items().indexOf("A");

        assertThat(Toy.ids(popular, popular.top(2, item -> item == a))).containsExactly("B", "C");
    }
}
