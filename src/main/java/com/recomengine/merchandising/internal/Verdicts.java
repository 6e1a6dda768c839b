package com.recomengine.merchandising.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.merchandising.RuleContext;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The outcomes of a tenant's conditions for one product, remembered across requests as one bit per rule. A
 * condition is a pure function of the item's fields and, where it reads it, of the context, so the outcomes are kept
 * under the rule set's compilation, the product summary as it was judged (a changed product is another key) and the
 * context when a condition of the set reads it. A cache-miss answer with 20 rules over a pool of 50 candidates
 * would otherwise run a thousand evaluations, each on a fresh copy of the item's fields; with the outcomes it looks
 * up each product once. Bounded in entries; a changed rule set is a new compilation whose outcomes start afresh.
 */
final class Verdicts {

    static final long MAX_ENTRIES = 200_000;

    private final Cache<Key, long[]> known;

    private record Key(
            long set, ProductSummary product, @Nullable RuleContext context) {}

    Verdicts(long maxEntries) {
        this.known = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    /** Bit {@code i} set when the set's rule {@code i} matches the product. */
    long[] of(RuleSet set, ProductSummary product, RuleContext context, Supplier<Map<String, Object>> fields) {
        Key key = new Key(set.serial(), product, set.readsContext() ? context : null);
        return known.get(key, k -> judged(set, fields.get()));
    }

    private static long[] judged(RuleSet set, Map<String, Object> fields) {
        int highest = 0;
        for (CompiledRule rule : set.rules()) {
            highest = Math.max(highest, rule.index());
        }
        long[] bits = new long[highest / 64 + 1];
        for (CompiledRule rule : set.rules()) {
            if (rule.matches(fields)) {
                bits[rule.index() >>> 6] |= 1L << rule.index();
            }
        }
        return bits;
    }

    static boolean matches(long[] bits, CompiledRule rule) {
        return (bits[rule.index() >>> 6] & (1L << rule.index())) != 0;
    }
}
