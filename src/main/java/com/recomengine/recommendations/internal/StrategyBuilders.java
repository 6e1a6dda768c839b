package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.CollaborativeStrategy;
import com.recomengine.recommendations.model.ContentBasedStrategy;
import com.recomengine.recommendations.model.FeedbackWeights;
import com.recomengine.recommendations.model.FrequentlyBoughtTogetherStrategy;
import com.recomengine.recommendations.model.ModelBuilder;
import com.recomengine.recommendations.model.PopularStrategy;
import com.recomengine.recommendations.model.TrendingStrategy;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The model core's builder of each strategy, with this installation's settings; and the feedback weights. */
@Component
class StrategyBuilders {

    private final FeedbackWeights feedback;
    private final Map<Strategy, ModelBuilder> builders = new EnumMap<>(Strategy.class);

    StrategyBuilders(RecommendationsProperties properties) {
        RecommendationsProperties.Feedback f = properties.feedback();
        RecommendationsProperties.Model m = properties.model();
        this.feedback = new FeedbackWeights(f.view(), f.click(), f.addToCart(), f.purchase(), f.halfLife());
        ContentBasedStrategy.Settings content = ContentBasedStrategy.Settings.DEFAULT;
        FrequentlyBoughtTogetherStrategy.Settings together = FrequentlyBoughtTogetherStrategy.Settings.DEFAULT;
        TrendingStrategy.Settings trending = TrendingStrategy.Settings.DEFAULT;
        builders.put(
                Strategy.FREQUENTLY_BOUGHT_TOGETHER,
                new FrequentlyBoughtTogetherStrategy(new FrequentlyBoughtTogetherStrategy.Settings(
                        m.neighbours(),
                        together.minCoCount(),
                        together.maxBasketSize(),
                        together.measure(),
                        together.types(),
                        m.threads())));
        builders.put(
                Strategy.COLLABORATIVE,
                new CollaborativeStrategy(new CollaborativeStrategy.Settings(
                        feedback, m.lambda(), m.neighbours(), m.maxDenseItems(), m.threads())));
        builders.put(
                Strategy.CONTENT_BASED,
                new ContentBasedStrategy(new ContentBasedStrategy.Settings(
                        m.neighbours(),
                        content.categoryWeight(),
                        content.attributeWeight(),
                        content.maxFeatureShare(),
                        m.threads())));
        builders.put(
                Strategy.TRENDING,
                new TrendingStrategy(new TrendingStrategy.Settings(
                        feedback,
                        trending.recentWindow(),
                        trending.baselineWindow(),
                        trending.recentHalfLife(),
                        trending.minRecentWeight())));
        builders.put(
                Strategy.POPULAR,
                new PopularStrategy(new PopularStrategy.Settings(feedback, PopularStrategy.Settings.DEFAULT.window())));
    }

    FeedbackWeights feedback() {
        return feedback;
    }

    ModelBuilder of(Strategy strategy) {
        return builders.get(strategy);
    }
}
