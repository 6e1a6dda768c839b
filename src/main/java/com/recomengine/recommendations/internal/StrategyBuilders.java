package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.AutoStrategy;
import com.recomengine.recommendations.model.CollaborativeStrategy;
import com.recomengine.recommendations.model.ContentBasedStrategy;
import com.recomengine.recommendations.model.FeedbackWeights;
import com.recomengine.recommendations.model.FrequentlyBoughtTogetherStrategy;
import com.recomengine.recommendations.model.InteractionData;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.recommendations.model.ModelBuilder;
import com.recomengine.recommendations.model.PopularStrategy;
import com.recomengine.recommendations.model.TrendingStrategy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The model core's builder of each strategy, with this installation's settings; and the feedback weights. A build
 * asks for {@code auto} after the others (its place in {@link Strategy}): {@code auto}'s refit takes the models the
 * other builders just made from the same data instead of building them again.
 */
@Component
class StrategyBuilders {

    private final FeedbackWeights feedback;
    private final Map<Strategy, ModelBuilder> builders = new EnumMap<>(Strategy.class);
    private final Map<InteractionData, Map<String, ItemModel>> lastBuilt =
            Collections.synchronizedMap(new WeakHashMap<>());

    StrategyBuilders(RecommendationsProperties properties) {
        RecommendationsProperties.Feedback f = properties.feedback();
        RecommendationsProperties.Model m = properties.model();
        this.feedback = new FeedbackWeights(f.view(), f.click(), f.addToCart(), f.purchase(), f.halfLife());
        ContentBasedStrategy.Settings contentDefaults = ContentBasedStrategy.Settings.DEFAULT;
        FrequentlyBoughtTogetherStrategy.Settings togetherDefaults = FrequentlyBoughtTogetherStrategy.Settings.DEFAULT;
        TrendingStrategy.Settings trendingDefaults = TrendingStrategy.Settings.DEFAULT;
        var together = new FrequentlyBoughtTogetherStrategy.Settings(
                m.neighbours(),
                togetherDefaults.minCoCount(),
                togetherDefaults.maxBasketSize(),
                togetherDefaults.measure(),
                togetherDefaults.types(),
                m.threads());
        var collaborative = new CollaborativeStrategy.Settings(
                feedback, m.lambda(), m.neighbours(), m.maxDenseItems(), m.threads());
        var content = new ContentBasedStrategy.Settings(
                m.neighbours(),
                contentDefaults.categoryWeight(),
                contentDefaults.attributeWeight(),
                contentDefaults.maxFeatureShare(),
                m.threads());
        var trending = new TrendingStrategy.Settings(
                feedback,
                trendingDefaults.recentWindow(),
                trendingDefaults.baselineWindow(),
                trendingDefaults.recentHalfLife(),
                trendingDefaults.minRecentWeight());
        var popular = new PopularStrategy.Settings(feedback, PopularStrategy.Settings.DEFAULT.window());
        remember(Strategy.FREQUENTLY_BOUGHT_TOGETHER, new FrequentlyBoughtTogetherStrategy(together));
        remember(Strategy.COLLABORATIVE, new CollaborativeStrategy(collaborative));
        remember(Strategy.CONTENT_BASED, new ContentBasedStrategy(content));
        remember(Strategy.TRENDING, new TrendingStrategy(trending));
        remember(Strategy.POPULAR, new PopularStrategy(popular));
        AutoStrategy.Settings defaults = AutoStrategy.Settings.DEFAULT;
        builders.put(
                Strategy.AUTO,
                new Auto(new AutoStrategy(new AutoStrategy.Settings(
                        collaborative,
                        together,
                        content,
                        popular,
                        trending,
                        defaults.budget(),
                        defaults.minShoppers(),
                        defaults.longestHoldout()))));
    }

    FeedbackWeights feedback() {
        return feedback;
    }

    ModelBuilder of(Strategy strategy) {
        return builders.get(strategy);
    }

    private void remember(Strategy strategy, ModelBuilder builder) {
        builders.put(strategy, new Remembering(builder));
    }

    /** Keeps its latest model per data set (weakly), for {@code auto}'s refit on the same data. */
    private final class Remembering implements ModelBuilder {

        private final ModelBuilder builder;

        Remembering(ModelBuilder builder) {
            this.builder = builder;
        }

        @Override
        public String name() {
            return builder.name();
        }

        @Override
        public ItemModel build(InteractionData data) {
            ItemModel model = builder.build(data);
            lastBuilt.computeIfAbsent(data, d -> new ConcurrentHashMap<>()).put(builder.name(), model);
            return model;
        }
    }

    /** Tunes on the data, then refits with what the other builders made of the same data. */
    private final class Auto implements ModelBuilder {

        private final AutoStrategy strategy;

        Auto(AutoStrategy strategy) {
            this.strategy = strategy;
        }

        @Override
        public String name() {
            return strategy.name();
        }

        @Override
        public ItemModel build(InteractionData data) {
            Map<String, ItemModel> built = lastBuilt.getOrDefault(data, Map.of());
            return strategy.refit(data, strategy.tune(data), built::get);
        }
    }
}
