package com.recomengine.recommendations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of a tenant's strategies on its own purchases: when it ran, where the history was split, how
 * much there was to learn from and to test on, one row per strategy (the popularity baseline first), and a
 * plain-words note when the data is too thin for the figures to mean much (null when there is enough).
 */
public record QualityReport(
        Instant evaluatedAt,
        @Nullable Instant splitAt,
        long purchases,
        int trainShoppers,
        int trainProducts,
        int evaluatedShoppers,
        int heldOut,
        List<Row> rows,
        @Nullable String note) {

    public static final int K = 10;

    /** One strategy's figures at {@value #K}; coverage is over the products bought in the train part. */
    public record Row(
            String strategy,
            boolean baseline,
            double precision,
            double recall,
            double ndcg,
            double hitRate,
            double coverage,
            int shoppers,
            Duration buildTime) {}
}
