package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.InteractionType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What serving knows of one shopper: their latest interactions (newest first, including those since the last
 * model build) and the products they bought, as read at {@code readAt} ({@link Invalidations#tick()}).
 */
record Shopper(List<Seen> recent, Set<String> purchased, long readAt) {

    static final Shopper ANONYMOUS = new Shopper(List.of(), Set.of(), Long.MAX_VALUE);

    /** One interaction with a product. */
    record Seen(String productId, InteractionType type, Instant at) {}

    Shopper {
        recent = List.copyOf(recent);
        purchased = Set.copyOf(purchased);
    }

    boolean hasHistory() {
        return !recent.isEmpty();
    }
}
