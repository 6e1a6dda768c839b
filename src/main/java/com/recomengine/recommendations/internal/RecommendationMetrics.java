package com.recomengine.recommendations.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The engine's meters: answers by cache layer, serving latency per strategy and layer, model builds (duration and
 * size per strategy, interactions read). Every meter of the serving path is created up front, so recording is a
 * few atomic additions and no lookup.
 */
@Component
class RecommendationMetrics {

    private final MeterRegistry registry;
    private final Map<Layer, Counter> answers = new EnumMap<>(Layer.class);
    private final Map<Strategy, Map<Layer, Timer>> latency = new EnumMap<>(Strategy.class);
    private final Map<String, Timer> builds = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> sizes = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> holdout = new ConcurrentHashMap<>();
    private final DistributionSummary interactions;
    private final Counter refreshes;
    private final Counter buildFailures;

    RecommendationMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Layer layer : Layer.values()) {
            answers.put(
                    layer,
                    Counter.builder("recomengine.recommendations.answers")
                            .tag("cache", layer.wireName())
                            .description("Recommendation answers by where they came from (l1, l2, stale, miss)")
                            .register(registry));
        }
        for (Strategy strategy : Strategy.values()) {
            Map<Layer, Timer> byLayer = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
                byLayer.put(
                        layer,
                        Timer.builder("recomengine.recommendations.latency")
                                .tag("strategy", strategy.wireName())
                                .tag("cache", layer.wireName())
                                .description(
                                        "Time to answer a recommendation request, by resolved strategy and cache layer")
                                .register(registry));
            }
            latency.put(strategy, byLayer);
        }
        this.interactions = DistributionSummary.builder("recomengine.recommendations.model.interactions")
                .description("Interactions read by a model build")
                .register(registry);
        this.refreshes = Counter.builder("recomengine.recommendations.refreshes")
                .description("Background refreshes of stale cached answers")
                .register(registry);
        this.buildFailures = Counter.builder("recomengine.recommendations.model.build.failures")
                .description("Model builds that failed (retried with backoff, parked after repeated failures)")
                .register(registry);
    }

    void buildFailed() {
        buildFailures.increment();
    }

    void answered(Strategy strategy, Layer layer, long nanos) {
        answers.get(layer).increment();
        latency.get(strategy).get(layer).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    void refreshed() {
        refreshes.increment();
    }

    /** One step of a build ({@code read}, {@code store}, {@code total} or a strategy's name) took this long. */
    void built(String step, Duration took) {
        builds.computeIfAbsent(
                        step,
                        s -> Timer.builder("recomengine.recommendations.model.build")
                                .tag("step", s)
                                .description("Model build time by step (read, each strategy, store, total)")
                                .register(registry))
                .record(took);
    }

    void modelSize(String strategy, int entries) {
        sizes.computeIfAbsent(
                        strategy,
                        s -> DistributionSummary.builder("recomengine.recommendations.model.size")
                                .tag("strategy", s)
                                .description("Neighbour entries or ranked items of a built model")
                                .register(registry))
                .record(entries);
    }

    /**
     * An {@code auto} tuning: its tuning and refit times as build steps ({@code auto-tuning}, {@code auto-refit}),
     * and the holdout NDCG@10 of {@code auto} and of each single strategy.
     */
    void tuned(com.recomengine.recommendations.AutoTuningReport tuning) {
        built("auto-tuning", Duration.ofMillis(tuning.tuningMillis()));
        built("auto-refit", Duration.ofMillis(tuning.refitMillis()));
        for (var figure : tuning.holdout()) {
            holdout.computeIfAbsent(
                            figure.strategy(),
                            s -> DistributionSummary.builder("recomengine.recommendations.auto.holdout.ndcg")
                                    .tag("strategy", s)
                                    .description("NDCG@10 on auto's tuning holdout, of auto and of each strategy")
                                    .register(registry))
                    .record(figure.ndcg());
        }
    }

    void read(long count) {
        interactions.record(count);
    }
}
