package com.recomengine.merchandising.internal;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.merchandising.Arranged;
import com.recomengine.merchandising.Candidate;
import com.recomengine.merchandising.PlacementRules;
import com.recomengine.merchandising.RuleAction;
import com.recomengine.merchandising.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in force for one request, in priority order (lower first). Conflicts are resolved so that the order of
 * rules only matters where two rules compete for the same thing: filters all apply (an item must pass every one);
 * boosts and buries all multiply the score; pins are placed first, the higher priority first, a pin whose position
 * is taken moving to the next free one; promotions then take the first free slots, the higher priority first;
 * the remaining items fill the rest by score.
 */
final class ActiveRules implements PlacementRules {

    /** The most candidates gathered for one list when rules may lift items from further down. */
    static final int MAX_POOL = 300;

    private final List<CompiledRule> rules;
    private final RuleContext context;
    private final RuleSet set;
    private final Verdicts verdicts;
    private final Map<String, long[]> outcomes = new HashMap<>();

    /** {@code rules}: those of {@code set} in force for this request, in priority order. */
    ActiveRules(RuleSet set, List<CompiledRule> rules, RuleContext context, Verdicts verdicts) {
        this.set = set;
        this.rules = rules;
        this.context = context;
        this.verdicts = verdicts;
    }

    @Override
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    @Override
    public boolean admits(ProductSummary product) {
        for (CompiledRule rule : rules) {
            if (rule.action() == RuleAction.EXCLUDE && matches(rule, product)) {
                return false;
            }
            if (rule.action() == RuleAction.REQUIRE && !matches(rule, product)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int poolSize(int limit) {
        boolean reorders = rules.stream().anyMatch(r -> !r.action().filters() && r.action() != RuleAction.PIN);
        return reorders ? Math.min(MAX_POOL, Math.max(limit, limit * 3 + 20)) : limit;
    }

    @Override
    public List<String> pinnedProductIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules.stream()
                .filter(r -> r.action() == RuleAction.PIN)
                .forEach(r -> ids.add(r.rule().productId()));
        return List.copyOf(ids);
    }

    @Override
    public List<Arranged> arrange(List<Candidate> pool, Map<String, ProductSummary> pinnable, int limit) {
        List<Entry> ranked = rescored(pool);
        Entry[] slots = new Entry[limit];
        Set<String> placed = new HashSet<>();
        pin(ranked, pinnable, slots, placed);
        promote(ranked, slots, placed);
        int free = 0;
        for (Entry entry : ranked) {
            if (placed.contains(entry.productId)) {
                continue;
            }
            while (free < limit && slots[free] != null) {
                free++;
            }
            if (free == limit) {
                break;
            }
            slots[free] = entry;
            placed.add(entry.productId);
        }
        List<Arranged> out = new ArrayList<>(limit);
        for (Entry entry : slots) {
            if (entry != null) {
                out.add(new Arranged(entry.productId, entry.score, entry.rules));
            }
        }
        return out;
    }

    private List<Entry> rescored(List<Candidate> pool) {
        List<Entry> entries = new ArrayList<>(pool.size());
        for (Candidate candidate : pool) {
            Entry entry = new Entry(candidate.product(), candidate.score());
            for (CompiledRule rule : rules) {
                if ((rule.action() == RuleAction.BOOST || rule.action() == RuleAction.BURY)
                        && matches(rule, candidate.product())) {
                    entry.score *= rule.factor();
                    entry.rules.add(rule.name());
                }
            }
            entries.add(entry);
        }
        // Stable: equal scores keep the strategy's order.
        entries.sort(Comparator.comparingDouble((Entry e) -> e.score).reversed());
        return entries;
    }

    private void pin(List<Entry> ranked, Map<String, ProductSummary> pinnable, Entry[] slots, Set<String> placed) {
        for (CompiledRule rule : rules) {
            if (rule.action() != RuleAction.PIN) {
                continue;
            }
            String productId = rule.rule().productId();
            ProductSummary product = pinnable.get(productId);
            if (product == null || placed.contains(productId) || !product.available()) {
                continue;
            }
            if (!admits(product) || !matches(rule, product)) {
                continue;
            }
            int at = rule.rule().position() - 1;
            while (at < slots.length && slots[at] != null) {
                at++;
            }
            if (at >= slots.length) {
                continue;
            }
            Entry entry = ranked.stream()
                    .filter(e -> e.productId.equals(productId))
                    .findFirst()
                    .orElseGet(() -> new Entry(product, 0.0));
            entry.rules.add(rule.name());
            slots[at] = entry;
            placed.add(productId);
        }
    }

    private void promote(List<Entry> ranked, Entry[] slots, Set<String> placed) {
        for (CompiledRule rule : rules) {
            if (rule.action() != RuleAction.PROMOTE) {
                continue;
            }
            int taken = 0;
            int free = 0;
            for (Entry entry : ranked) {
                if (taken == rule.rule().maxSlots()) {
                    break;
                }
                if (placed.contains(entry.productId) || !matches(rule, entry.product)) {
                    continue;
                }
                while (free < slots.length && slots[free] != null) {
                    free++;
                }
                if (free == slots.length) {
                    return;
                }
                entry.rules.add(rule.name());
                slots[free] = entry;
                placed.add(entry.productId);
                taken++;
            }
        }
    }

    private boolean matches(CompiledRule rule, ProductSummary product) {
        long[] bits = outcomes.get(product.productId());
        if (bits == null) {
            bits = verdicts.of(set, product, context, () -> ItemFields.of(product, context));
            outcomes.put(product.productId(), bits);
        }
        return Verdicts.matches(bits, rule);
    }

    /** A candidate while it is arranged. */
    private static final class Entry {
        final ProductSummary product;
        final String productId;
        double score;
        final List<String> rules = new ArrayList<>(2);

        Entry(ProductSummary product, double score) {
            this.product = product;
            this.productId = product.productId();
            this.score = score;
        }
    }
}
