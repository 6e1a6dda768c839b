package com.recomengine.recommendations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the {@code auto} strategy of a tenant's served models was tuned: when, for which model generation, the
 * chosen blend (in words, its weights by strategy and its settings), the holdout it was chosen on (split point,
 * shoppers checked) with the figures at 10 of {@code auto} (first) and of each single strategy, how many candidate
 * blends were scored, and how long tuning and refit took. {@code note} says why the default blend is served when
 * the data was too small to hold out (then {@code holdout} is empty).
 */
public record AutoTuningReport(
        Instant tunedAt,
        long generation,
        String blend,
        Map<String, Double> weights,
        Map<String, String> settings,
        @Nullable Instant splitAt,
        int evaluatedShoppers,
        List<Figure> holdout,
        int candidates,
        long tuningMillis,
        long refitMillis,
        @Nullable String note) {

    /** One strategy's figures at 10 on the holdout; coverage is over the products of the train part. */
    public record Figure(
            String strategy, double ndcg, double precision, double recall, double hitRate, double coverage) {}
}
