package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.Rotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rotating placement's demotion of the products the shopper was shown within its window: each one's score is
 * multiplied by {@code keep} ({@code 1 - strength}) and the item moves down past the items that now score higher.
 * Only shown items move, and only down, so the strategy's order (and the fallback chain's) holds for the rest. With
 * {@code keep} 0 a shown item goes after every item not shown: it comes back only when nothing else is left.
 */
record Demotion(Set<String> shown, double keep) {

    static final Demotion NONE = new Demotion(Set.of(), 1);

    Demotion {
        shown = Set.copyOf(shown);
    }

    /** The demotion for a query's rotation (none without one), the shopper's impressions from the window. */
    static Demotion of(@Nullable Rotation rotation, Shopper shopper, Instant now) {
        if (rotation == null || rotation.keep() >= 1) {
            return NONE;
        }
        Set<String> shown = shopper.shownSince(now.minus(rotation.window()));
        return shown.isEmpty() ? NONE : new Demotion(shown, rotation.keep());
    }

    boolean demotes(String productId) {
        return keep < 1 && shown.contains(productId);
    }

    /** The list (best first) with every shown item rescored and moved down where it now belongs. */
    List<RecommendedItem> apply(List<RecommendedItem> ranked) {
        if (shown.isEmpty() || keep >= 1) {
            return ranked;
        }
        List<RecommendedItem> out = new ArrayList<>(ranked.size());
        for (int i = ranked.size() - 1; i >= 0; i--) {
            RecommendedItem item = ranked.get(i);
            if (!shown.contains(item.productId())) {
                out.addFirst(item);
                continue;
            }
            RecommendedItem demoted = rescored(item);
            int at = 0;
            while (at < out.size() && below(demoted, out.get(at))) {
                at++;
            }
            out.add(at, demoted);
        }
        return out;
    }

    /** Whether a demoted item belongs after {@code next}, which is already where it belongs. */
    private boolean below(RecommendedItem demoted, RecommendedItem next) {
        return keep == 0 ? !shown.contains(next.productId()) : next.score() > demoted.score();
    }

    private RecommendedItem rescored(RecommendedItem item) {
        return new RecommendedItem(
                item.productId(),
                item.name(),
                item.imageUrl(),
                item.url(),
                item.price(),
                item.currency(),
                item.score() * keep,
                item.reason(),
                item.rules());
    }
}
