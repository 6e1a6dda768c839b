package com.recomengine.recommendations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The strategy a request gets and where that choice came from ({@code request}, {@code experiment}, {@code
 * promoted}, {@code placement} or {@code tenant}); an experiment's id and arm ({@code control} / {@code variant})
 * when one decided; {@code rules} false when that arm runs without the tenant's merchandising rules.
 */
public record ResolvedStrategy(
        String strategy,
        String source,
        @Nullable UUID experimentId,
        @Nullable String variant,
        boolean rules) {

    public static ResolvedStrategy of(String strategy, String source) {
        return new ResolvedStrategy(strategy, source, null, null, true);
    }
}
