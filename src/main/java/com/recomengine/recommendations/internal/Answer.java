package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.RecommendedItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A computed list as the caches keep it: the {@code data} array already serialized (an HTTP hit writes these bytes
 * as they are), the items for in-process callers, the strategy that produced the first item, the model generation
 * and the {@link Invalidations#tick()} at which computing started. Answers read from Redis parse their items only
 * when an in-process caller asks for them.
 */
final class Answer {

    private final byte[] data;
    private final Strategy strategy;
    private final long generation;
    private final long builtAt;
    private final int rulesApplied;
    private volatile @Nullable List<RecommendedItem> items;

    Answer(
            byte[] data,
            @Nullable List<RecommendedItem> items,
            Strategy strategy,
            long generation,
            long builtAt,
            int rulesApplied) {
        this.data = data;
        this.rulesApplied = rulesApplied;
        this.items = items;
        this.strategy = strategy;
        this.generation = generation;
        this.builtAt = builtAt;
    }

    /** The {@code builtAt} of an answer composed while PostgreSQL was unreachable: never cached. */
    static final long DEGRADED = Long.MIN_VALUE;

    static Answer of(List<RecommendedItem> items, Strategy strategy, long generation, long builtAt) {
        long rules = items.stream().flatMap(i -> i.rules().stream()).distinct().count();
        return new Answer(AnswerJson.items(items), List.copyOf(items), strategy, generation, builtAt, (int) rules);
    }

    /** How many distinct merchandising rules moved or placed an item of this answer. */
    int rulesApplied() {
        return rulesApplied;
    }

    byte[] data() {
        return data;
    }

    Strategy strategy() {
        return strategy;
    }

    long generation() {
        return generation;
    }

    long builtAt() {
        return builtAt;
    }

    List<RecommendedItem> items() {
        List<RecommendedItem> parsed = items;
        if (parsed == null) {
            parsed = AnswerJson.parseItems(data);
            items = parsed;
        }
        return parsed;
    }

    /** Roughly the heap it holds: the bytes, and about as much again for the items. */
    int weight() {
        return 2 * data.length + 64;
    }

    /** The value kept in Redis: a header line, then the {@code data} JSON. */
    String toRedis() {
        return "2|" + generation + "|" + builtAt + "|" + strategy.wireName() + "|" + rulesApplied + "\n"
                + new String(data, StandardCharsets.UTF_8);
    }

    static @Nullable Answer fromRedis(String value) {
        int newline = value.indexOf('\n');
        if (newline < 0 || !value.startsWith("2|")) {
            return null;
        }
        String[] header = value.substring(0, newline).split("\\|");
        if (header.length != 5) {
            return null;
        }
        Strategy strategy = Strategy.fromWire(header[3]).orElse(null);
        if (strategy == null) {
            return null;
        }
        try {
            return new Answer(
                    value.substring(newline + 1).getBytes(StandardCharsets.UTF_8),
                    null,
                    strategy,
                    Long.parseLong(header[1]),
                    Long.parseLong(header[2]),
                    Integer.parseInt(header[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
