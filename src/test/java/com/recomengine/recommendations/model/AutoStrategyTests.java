package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AutoStrategyTests {

    private static final Instant NOW = Toy.NOW;
    private final AutoStrategy auto = new AutoStrategy(AutoStrategy.Settings.DEFAULT);

    @Test
    void servesTheDefaultBlendWhenTooFewShoppersCanBeHeldOut() {
        InteractionData data = Toy.data()
                .bought("ann", "teapot", "tea-tin")
                .bought("bob", "teapot", "tea-tin")
                .build();

        TunedBlend model = auto.build(data);

        assertThat(model.tuning().blend()).isEqualTo(Blend.DEFAULT);
        assertThat(model.tuning().note()).startsWith("Too little history to tune on");
        assertThat(model.tuning().holdout()).isEmpty();
        assertThat(model.recommender().personal().entries()).isPositive();
    }

    @Test
    void neverChoosesABlendWorseOnTheHoldoutThanTheBestSingleStrategy() {
        Tuning tuning = auto.tune(shop(new Random(7)));

        assertThat(tuning.note()).isNull();
        assertThat(tuning.evaluatedShoppers()).isGreaterThanOrEqualTo(10);
        assertThat(tuning.holdout())
                .extracting(Tuning.Score::strategy)
                .containsExactly(
                        "auto", "collaborative", "frequently_bought_together", "content_based", "popular", "trending");
        double best = tuning.holdout().stream()
                .skip(1)
                .mapToDouble(Tuning.Score::ndcg)
                .max()
                .orElseThrow();
        assertThat(tuning.holdout().getFirst().ndcg())
                .isGreaterThanOrEqualTo(best)
                .isPositive();
        assertThat(tuning.candidates()).isGreaterThan(50);
    }

    @Test
    void mixesInWhatSellsNowWhenTheHoldoutRewardsIt() {
        Tuning tuning = auto.tune(shop(new Random(11)));

        assertThat(tuning.blend().popular()).isPositive();
        assertThat(tuning.holdout().getFirst().ndcg())
                .isGreaterThan(tuning.holdout().get(1).ndcg());
    }

    @Test
    void namesTheHistoryItemWhenThePersonalPartLeadsAndNoneWhenTheGenericPartDoes() {
        IdDictionary items = IdDictionary.of(List.of("a", "b", "c"));
        NeighbourTable personal =
                NeighbourTable.builder("auto", items).add(0, 1, 2f).build();
        RankedItems generic = RankedItems.of("auto", items, new double[] {0, 0.1, 0.5});
        BlendRecommender blend = new BlendRecommender(personal, generic);

        List<ScoredItem> top = blend.recommend(new UserHistory(new int[] {0}, new float[] {1f}), 3, i -> i == 0);

        assertThat(top).extracting(ScoredItem::item).containsExactly(1, 2);
        assertThat(top.get(0).because()).isZero();
        assertThat(top.get(0).score()).isCloseTo(1.1f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(top.get(1).because()).isEqualTo(-1);
    }

    /**
     * Shoppers with a taste (one of four product groups) buy within it all year; over the last five weeks a few
     * seasonal products sell to nearly everyone, more the later it gets.
     */
    private static InteractionData shop(Random random) {
        InteractionData.Builder builder = InteractionData.builder(NOW);
        for (int u = 0; u < 300; u++) {
            int taste = u % 4;
            for (int order = 0; order < 6; order++) {
                Instant at = NOW.minus(Duration.ofDays(40 + random.nextInt(300)));
                for (int line = 0; line < 3; line++) {
                    builder.add(
                            "u" + u,
                            "g" + taste + "-" + random.nextInt(12),
                            FeedbackType.PURCHASE,
                            at,
                            "o" + u + "-" + order);
                }
            }
            for (int order = 0; order < 2; order++) {
                Instant at = NOW.minus(Duration.ofDays(random.nextInt(35)));
                builder.add("u" + u, "season-" + random.nextInt(4), FeedbackType.PURCHASE, at, "s" + u + "-" + order);
                builder.add(
                        "u" + u,
                        "g" + taste + "-" + random.nextInt(12),
                        FeedbackType.PURCHASE,
                        at,
                        "s" + u + "-" + order);
            }
        }
        return builder.build();
    }
}
