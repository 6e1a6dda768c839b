package com.recomengine.recommendations.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * The time split {@code auto} tunes on, the model-quality page's protocol applied to a build's own data: the split
 * point lies at 80 % of the span between the first and the last purchase; train = every interaction before it
 * (with the whole catalog's content), as of the split point; a shopper's targets are the products they bought
 * from it on and had not bought before; evaluated are the shoppers with train interactions and a target.
 */
@RequiredArgsConstructor
final class BlendHoldout {

    static final double TRAIN_SHARE = 0.8;

    final Instant splitAt;
    final InteractionData train;
    final BitSet[] boughtInTrain;
    final List<Shopper> evaluated;

    /** A shopper to check: train index, targets known to train (item indexes), and the number of all targets. */
    record Shopper(int user, int[] knownTargets, int targetCount) {}

    /** The split of {@code data}, or null when it holds fewer than two purchases at different times. */
    static @Nullable BlendHoldout of(InteractionData data, java.time.Duration longest) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int t = 0; t < data.size(); t++) {
            if (data.type(t) == FeedbackType.PURCHASE) {
                first = Math.min(first, data.epochMillis(t));
                last = Math.max(last, data.epochMillis(t));
            }
        }
        if (first >= last) {
            return null;
        }
        long split = Math.max(first + (long) ((last - first) * TRAIN_SHARE), last - longest.toMillis());
        InteractionData train = trainPart(data, split);
        BitSet[] bought = new BitSet[train.users().size()];
        for (int u = 0; u < bought.length; u++) {
            bought[u] = new BitSet();
        }
        for (int t = 0; t < train.size(); t++) {
            if (train.type(t) == FeedbackType.PURCHASE) {
                bought[train.user(t)].set(train.item(t));
            }
        }
        return new BlendHoldout(Instant.ofEpochMilli(split), train, bought, evaluated(data, split, train, bought));
    }

    boolean excluded(int user, int item) {
        return boughtInTrain[user].get(item);
    }

    private static InteractionData trainPart(InteractionData data, long split) {
        InteractionData.Builder builder = InteractionData.builder(Instant.ofEpochMilli(split));
        for (int i = 0; i < data.items().size(); i++) {
            ItemContent content = data.content(i);
            if (content != null) {
                builder.describe(data.items().id(i), content);
            }
        }
        for (int t = 0; t < data.size(); t++) {
            if (data.epochMillis(t) < split) {
                int basket = data.basket(t);
                builder.add(
                        data.users().id(data.user(t)),
                        data.items().id(data.item(t)),
                        data.type(t),
                        Instant.ofEpochMilli(data.epochMillis(t)),
                        basket < 0 ? null : data.baskets().id(basket));
            }
        }
        return builder.build();
    }

    private static List<Shopper> evaluated(InteractionData data, long split, InteractionData train, BitSet[] bought) {
        Map<Integer, BitSet> known = new LinkedHashMap<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, java.util.Set<Integer>> seen = new LinkedHashMap<>();
        for (int t = 0; t < data.size(); t++) {
            if (data.type(t) != FeedbackType.PURCHASE || data.epochMillis(t) < split) {
                continue;
            }
            int user = train.users().indexOf(data.users().id(data.user(t)));
            if (user < 0
                    || !seen.computeIfAbsent(user, u -> new java.util.HashSet<>())
                            .add(data.item(t))) {
                continue;
            }
            int item = train.items().indexOf(data.items().id(data.item(t)));
            if (item >= 0 && bought[user].get(item)) {
                continue;
            }
            counts.merge(user, 1, Integer::sum);
            if (item >= 0) {
                known.computeIfAbsent(user, u -> new BitSet()).set(item);
            }
        }
        List<Shopper> shoppers = new ArrayList<>(counts.size());
        counts.forEach((user, count) -> {
            BitSet targets = known.getOrDefault(user, new BitSet());
            shoppers.add(new Shopper(user, targets.stream().toArray(), count));
        });
        return shoppers;
    }
}
