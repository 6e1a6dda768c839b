package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.events.Interaction;
import com.recomengine.events.ShopperActivity;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.recommendations.model.InteractionType;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shoppers' histories for serving, read from the events table (two indexed queries) and kept for a few minutes.
 * A history read before the shopper's latest interaction (see {@link Invalidations}) is read again, so a purchase
 * or a view shapes the very next answer, long before the next model build.
 */
@Component
class Shoppers {

    private final ShopperActivity activity;
    private final Invalidations invalidations;
    private final DatabaseCircuit database;
    private final int historyItems;
    private final Cache<Invalidations.UserKey, Shopper> cache = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    Shoppers(
            ShopperActivity activity,
            Invalidations invalidations,
            DatabaseCircuit database,
            RecommendationsProperties properties) {
        this.activity = activity;
        this.invalidations = invalidations;
        this.database = database;
        this.historyItems = properties.historyItems();
    }

    Shopper of(TenantId tenant, String userId) {
        Invalidations.UserKey key = new Invalidations.UserKey(tenant, userId);
        Shopper known = cache.getIfPresent(key);
        if (known != null && known.readAt() > invalidations.stamp(tenant, userId)) {
            return known;
        }
        if (database.isOpen()) {
            return lastKnown(known);
        }
        try {
            return read(key, tenant, userId);
        } catch (RuntimeException e) {
            if (database.markUnreachable(e)) {
                return lastKnown(known);
            }
            throw e;
        }
    }

    /** While PostgreSQL is unreachable: the history read before, even if older than the shopper's latest event. */
    private static Shopper lastKnown(@Nullable Shopper known) {
        return known == null ? Shopper.ANONYMOUS : known;
    }

    private Shopper read(Invalidations.UserKey key, TenantId tenant, String userId) {
        long readAt = invalidations.tick();
        List<Shopper.Seen> recent = new ArrayList<>();
        for (Interaction interaction : activity.recent(tenant, userId, historyItems)) {
            InteractionType.fromEventType(interaction.type().wireName())
                    .ifPresent(type ->
                            recent.add(new Shopper.Seen(interaction.productId(), type, interaction.timestamp())));
        }
        Shopper shopper = new Shopper(recent, activity.purchased(tenant, userId), readAt);
        cache.put(key, shopper);
        return shopper;
    }

    void forget(TenantId tenant) {
        cache.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }
}
