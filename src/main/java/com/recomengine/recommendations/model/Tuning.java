package com.recomengine.recommendations.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How {@code auto} chose its blend: the holdout (where the data was split, how many shoppers were checked), the
 * figures at 10 of the chosen blend ({@code auto}, first) and of each single strategy on it, how many candidate
 * blends were scored, and the time the tuning and the refit took. {@code note} says in plain words why the
 * {@link Blend#DEFAULT} is served when there was too little to hold out (then {@code holdout} is empty).
 */
public record Tuning(
        Blend blend,
        @Nullable Instant splitAt,
        int evaluatedShoppers,
        List<Score> holdout,
        int candidates,
        Duration tuning,
        Duration refit,
        @Nullable String note) {

    public Tuning {
        holdout = List.copyOf(holdout);
    }

    /** One strategy's (or the chosen blend's) figures on the holdout. */
    public record Score(
            String strategy, double ndcg, double precision, double recall, double hitRate, double coverage) {}

    public Tuning withRefit(Duration time) {
        return new Tuning(blend, splitAt, evaluatedShoppers, holdout, candidates, tuning, time, note);
    }

    public static Tuning untuned(String note, Duration tuning) {
        return new Tuning(Blend.DEFAULT, null, 0, List.of(), 0, tuning, Duration.ZERO, note);
    }
}
