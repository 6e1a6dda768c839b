package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrendingStrategyTests {

    @Test
    void ranksItemsRisingAboveTheirPaceOfTheWeekBefore() {
        Toy toy = Toy.data();
        // rising: three buyers in the last three hours, none before
        for (int h = 0; h < 3; h++) {
            toy.did("r" + h, FeedbackType.PURCHASE, "rising", Duration.ofHours(h));
        }
        // steady: three buyers a day, this day included
        for (int day = 0; day < 8; day++) {
            for (int b = 0; b < 3; b++) {
                toy.did("s" + day + b, FeedbackType.PURCHASE, "steady", Duration.ofHours(24L * day + 6 + 6L * b));
            }
        }
        // one buyer is no trend
        toy.did("x", FeedbackType.PURCHASE, "single", Duration.ofMinutes(5));
        // viewed by many days ago, bought by two of them now
        for (int v = 0; v < 10; v++) {
            toy.did("v" + v, FeedbackType.VIEW, "converting", Duration.ofDays(3));
        }
        toy.did("v0", FeedbackType.PURCHASE, "converting", Duration.ofHours(1));
        toy.did("v1", FeedbackType.PURCHASE, "converting", Duration.ofHours(2));

        RankedItems trending = new TrendingStrategy(TrendingStrategy.Settings.DEFAULT).build(toy.build());

        assertThat(trending.size()).isEqualTo(2);
        assertThat(trending.items().id(trending.item(0))).isEqualTo("rising");
        // R = 1 + 2^(-1/12) + 2^(-2/12), E = 0: (R − 0) / √1
        assertThat(trending.score(0)).isCloseTo(2.8348f, within(1e-4f));
        assertThat(trending.items().id(trending.item(1))).isEqualTo("converting");
    }
}
