package com.recomengine.recommendations.model.eval;

import com.recomengine.recommendations.model.FeedbackType;
import com.recomengine.recommendations.model.InteractionData;
import com.recomengine.recommendations.model.ItemContent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The protocol of the recommendations issue on kept purchases: every timestamp shifted by one whole number of
 * days so that the last invoice falls on {@code today} (as the demo tenant's events are; the split date moves
 * with them), train = purchases before the (shifted) split day, test = from it. A user's targets are the items
 * they bought in test and not in train; evaluated are the users with a train purchase and at least one target.
 * The train data's catalog is the train items (with their first description), so coverage is measured over them.
 */
public final class HoldoutSplit {

    private final long shiftDays;
    private final LocalDateTime splitAt;
    private final InteractionData train;
    private final BitSet[] boughtInTrain;
    private final List<EvaluatedUser> evaluated;
    private final int trainPairs;

    /** A user to evaluate: train index, targets known to the train catalog, and the number of all targets. */
    public record EvaluatedUser(int user, int[] knownTargets, int targetCount) {}

    private HoldoutSplit(long shiftDays, LocalDateTime splitAt, List<Purchase> shifted) {
        this.shiftDays = shiftDays;
        this.splitAt = splitAt;
        List<Purchase> trainPurchases =
                shifted.stream().filter(p -> p.time().isBefore(splitAt)).toList();
        this.train = trainData(trainPurchases, splitAt);
        this.boughtInTrain = bought(train);
        this.trainPairs =
                Arrays.stream(boughtInTrain).mapToInt(BitSet::cardinality).sum();
        this.evaluated = evaluated(shifted);
    }

    public static HoldoutSplit of(List<Purchase> purchases, LocalDate split, LocalDate today) {
        LocalDate last = purchases.stream()
                .map(p -> p.time().toLocalDate())
                .max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("no purchases kept"));
        long shift = ChronoUnit.DAYS.between(last, today);
        List<Purchase> shifted = purchases.stream().map(p -> p.shiftedBy(shift)).toList();
        return new HoldoutSplit(shift, split.plusDays(shift).atStartOfDay(), shifted);
    }

    /**
     * The split of a tenant's own purchases at {@code splitAt}, with no shift: train = purchases before it, test =
     * from it (the model quality page of the dashboard).
     */
    public static HoldoutSplit at(List<Purchase> purchases, LocalDateTime splitAt) {
        return new HoldoutSplit(0, splitAt, purchases);
    }

    private static InteractionData trainData(List<Purchase> purchases, LocalDateTime splitAt) {
        InteractionData.Builder builder = InteractionData.builder(splitAt.toInstant(ZoneOffset.UTC));
        Set<String> described = new LinkedHashSet<>();
        for (Purchase p : purchases) {
            builder.add(
                    p.customer(), p.product(), FeedbackType.PURCHASE, p.time().toInstant(ZoneOffset.UTC), p.invoice());
            if (!p.description().isEmpty() && described.add(p.product())) {
                builder.describe(p.product(), ItemContent.named(p.description()));
            }
        }
        return builder.build();
    }

    private static BitSet[] bought(InteractionData data) {
        BitSet[] bought = new BitSet[data.users().size()];
        for (int u = 0; u < bought.length; u++) {
            bought[u] = new BitSet();
        }
        for (int t = 0; t < data.size(); t++) {
            bought[data.user(t)].set(data.item(t));
        }
        return bought;
    }

    private List<EvaluatedUser> evaluated(List<Purchase> shifted) {
        Map<String, Set<String>> testItems = new LinkedHashMap<>();
        for (Purchase p : shifted) {
            if (!p.time().isBefore(splitAt)) {
                testItems
                        .computeIfAbsent(p.customer(), c -> new LinkedHashSet<>())
                        .add(p.product());
            }
        }
        List<EvaluatedUser> users = new ArrayList<>();
        testItems.forEach((customer, items) -> {
            int user = train.users().indexOf(customer);
            if (user < 0) {
                return;
            }
            List<Integer> known = new ArrayList<>();
            int count = 0;
            for (String product : items) {
                int item = train.items().indexOf(product);
                if (item < 0 || !boughtInTrain[user].get(item)) {
                    count++;
                    if (item >= 0) {
                        known.add(item);
                    }
                }
            }
            if (count > 0) {
                users.add(new EvaluatedUser(
                        user, known.stream().mapToInt(Integer::intValue).toArray(), count));
            }
        });
        return users;
    }

    public long shiftDays() {
        return shiftDays;
    }

    public LocalDateTime splitAt() {
        return splitAt;
    }

    public InteractionData train() {
        return train;
    }

    /** The customer id of a user of the train part (an {@link EvaluatedUser#user()}). */
    public String customerOf(int user) {
        return train.users().id(user);
    }

    /** A product's index among the train part's items, or a negative number when no train purchase has it. */
    public int trainItemOf(String productId) {
        return train.items().indexOf(productId);
    }

    public boolean boughtInTrain(int user, int item) {
        return boughtInTrain[user].get(item);
    }

    public List<EvaluatedUser> evaluated() {
        return evaluated;
    }

    public Counts counts() {
        return new Counts(
                train.users().size(),
                train.items().size(),
                trainPairs,
                evaluated.size(),
                evaluated.stream().mapToInt(EvaluatedUser::targetCount).sum());
    }

    /** The figures the issue gives to check a filter and split by. */
    public record Counts(int trainUsers, int trainItems, int trainPairs, int evaluatedUsers, int targets) {}
}
