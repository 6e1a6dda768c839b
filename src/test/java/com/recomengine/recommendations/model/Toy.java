package com.recomengine.recommendations.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small hand-built data sets for the strategy tests: every interaction is "now" unless an age is given. */
final class Toy {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final InteractionData.Builder builder = InteractionData.builder(NOW);

    static Toy data() {
        return new Toy();
    }

    /** The user bought each item, in one order per call. */
    Toy bought(String user, String... items) {
        return order(user + "-" + System.identityHashCode(items), user, items);
    }

    Toy order(String order, String user, String... items) {
        for (String item : items) {
            builder.add(user, item, FeedbackType.PURCHASE, NOW, order);
        }
        return this;
    }

    Toy did(String user, FeedbackType type, String item, Duration ago) {
        builder.add(user, item, type, NOW.minus(ago), null);
        return this;
    }

    Toy describe(String item, ItemContent content) {
        builder.describe(item, content);
        return this;
    }

    InteractionData build() {
        return builder.build();
    }

    /** The neighbours of {@code item} as "id=weight" strings, strongest first, weights to 4 decimals. */
    static List<String> row(NeighbourTable table, String item) {
        int index = table.items().indexOf(item);
        return java.util.stream.IntStream.range(0, table.count(index))
                .mapToObj(r -> table.items().id(table.neighbour(index, r)) + "="
                        + String.format(java.util.Locale.ROOT, "%.4f", table.weight(index, r)))
                .toList();
    }

    static List<String> ids(ItemModel model, List<ScoredItem> items) {
        return items.stream().map(s -> model.items().id(s.item())).toList();
    }
}
