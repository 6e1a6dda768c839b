package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.FeedbackType;
import com.recomengine.recommendations.model.FeedbackWeights;
import com.recomengine.recommendations.model.IdDictionary;
import com.recomengine.recommendations.model.UserHistory;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What serving knows of one shopper: their latest interactions (newest first, including those since the last
 * model build), the products they bought and, once a rotating placement asked, what they were shown, as read at
 * {@code readAt} ({@link Invalidations#tick()}).
 */
record Shopper(
        List<Seen> recent, Set<String> purchased, @Nullable Shown shown, long readAt) {

    static final Shopper ANONYMOUS = new Shopper(List.of(), Set.of(), null, Long.MAX_VALUE);

    /** One interaction with a product. */
    record Seen(String productId, FeedbackType type, Instant at) {}

    /**
     * The shopper's latest impressions (newest first) at {@code since} or later; {@code complete} when all of those
     * were read, not only the latest ones up to the read's bound.
     */
    record Shown(List<Impression> impressions, Instant since, boolean complete) {

        /** One product shown to the shopper. */
        record Impression(String productId, Instant at) {}

        Shown {
            impressions = List.copyOf(impressions);
        }

        /**
         * Whether this answers for a window from {@code from}: it reaches back that far, or holds the latest
         * impressions up to the bound, which the window's read would return too.
         */
        boolean covers(Instant from) {
            return !since.isAfter(from) || !complete;
        }

        /** The products shown at {@code from} or later. */
        Set<String> productsSince(Instant from) {
            Set<String> products = new HashSet<>();
            for (Impression impression : impressions) {
                if (impression.at().isBefore(from)) {
                    break;
                }
                products.add(impression.productId());
            }
            return products;
        }
    }

    Shopper {
        recent = List.copyOf(recent);
        purchased = Set.copyOf(purchased);
    }

    Shopper with(Shown read) {
        return new Shopper(recent, purchased, read, readAt);
    }

    /** The products shown at {@code from} or later, as far as they were read (none when they were not). */
    Set<String> shownSince(Instant from) {
        return shown == null ? Set.of() : shown.productsSince(from);
    }

    boolean hasHistory() {
        return !recent.isEmpty();
    }

    /** What the shopper did recently over the model's items, each signal decayed to {@code now}. */
    UserHistory history(IdDictionary dictionary, FeedbackWeights feedback, Instant now) {
        UserHistory.Builder builder = UserHistory.builder(dictionary, feedback, now);
        for (Seen seen : recent) {
            builder.add(seen.productId(), seen.type(), seen.at());
        }
        return builder.build();
    }
}
