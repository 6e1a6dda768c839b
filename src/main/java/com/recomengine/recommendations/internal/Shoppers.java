package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.events.Interaction;
import com.recomengine.events.ShopperActivity;
import com.recomengine.platform.DatabaseCircuit;
import com.recomengine.recommendations.model.FeedbackType;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shoppers' histories for serving, read from the events table (one statement) and kept for a few minutes.
 * A history read before the shopper's latest interaction (see {@link Invalidations}) is read again, so a purchase
 * or a view shapes the very next answer, long before the next model build. Impressions are read only for rotating
 * placements, with the history and voided with it (an impression is an interaction like any other).
 */
@Component
class Shoppers {

    static final int SHOWN_ITEMS = 500;

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
        return of(tenant, userId, null);
    }

    /**
     * The shopper's history, with (when {@code shownSince} is given: the placement rotates) the products they were
     * shown since then. A history still current only has its impressions read, when the ones it holds do not reach
     * back that far.
     */
    Shopper of(TenantId tenant, String userId, @Nullable Instant shownSince) {
        Invalidations.UserKey key = new Invalidations.UserKey(tenant, userId);
        Shopper known = cache.getIfPresent(key);
        boolean current = known != null && known.readAt() > invalidations.stamp(tenant, userId);
        if (current && covers(known, shownSince)) {
            return known;
        }
        if (database.isOpen()) {
            return lastKnown(known);
        }
        try {
            Shopper shopper = current ? known : read(tenant, userId);
            if (!covers(shopper, shownSince)) {
                shopper = shopper.with(shown(tenant, userId, shownSince));
            }
            cache.put(key, shopper);
            return shopper;
        } catch (RuntimeException e) {
            if (database.markUnreachable(e)) {
                return lastKnown(known);
            }
            throw e;
        }
    }

    private static boolean covers(Shopper shopper, @Nullable Instant shownSince) {
        return shownSince == null || (shopper.shown() != null && shopper.shown().covers(shownSince));
    }

    /** While PostgreSQL is unreachable: the history read before, even if older than the shopper's latest event. */
    private static Shopper lastKnown(@Nullable Shopper known) {
        return known == null ? Shopper.ANONYMOUS : known;
    }

    private Shopper read(TenantId tenant, String userId) {
        long readAt = invalidations.tick();
        ShopperActivity.History history = activity.history(tenant, userId, historyItems);
        List<Shopper.Seen> recent = new ArrayList<>();
        for (Interaction interaction : history.recent()) {
            FeedbackType.fromEventType(interaction.type().wireName())
                    .ifPresent(type ->
                            recent.add(new Shopper.Seen(interaction.productId(), type, interaction.timestamp())));
        }
        return new Shopper(recent, history.purchased(), null, readAt);
    }

    /** The latest {@value #SHOWN_ITEMS} impressions since then at most: a window's read stays one bounded query. */
    private Shopper.Shown shown(TenantId tenant, String userId, Instant since) {
        List<Shopper.Shown.Impression> impressions = new ArrayList<>();
        for (Interaction impression : activity.shown(tenant, userId, since, SHOWN_ITEMS)) {
            impressions.add(new Shopper.Shown.Impression(impression.productId(), impression.timestamp()));
        }
        return new Shopper.Shown(impressions, since, impressions.size() < SHOWN_ITEMS);
    }

    void forget(TenantId tenant) {
        cache.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }
}
