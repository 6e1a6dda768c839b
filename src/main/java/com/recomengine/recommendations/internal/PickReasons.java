package com.recomengine.recommendations.internal;

import org.jspecify.annotations.Nullable;

/** Why an item was picked, in the shopper's words: by the strategy that found it and the product behind it. */
final class PickReasons {

    private PickReasons() {}

    /**
     * @param name the name of the product behind the item (the anchor or a history item), when known
     * @param bought whether the shopper bought that product (asked only of collaborative and {@code auto} items)
     * @param personal whether the item came from the shopper's own history
     * @param anchored whether the request names an anchor product
     */
    static String of(Strategy strategy, @Nullable String name, boolean bought, boolean personal, boolean anchored) {
        return switch (strategy) {
            case AUTO -> auto(name, bought, personal, anchored);
            case TRENDING -> "Trending now";
            case POPULAR -> "Popular in the shop";
            case FREQUENTLY_BOUGHT_TOGETHER -> togetherWith(name);
            case CONTENT_BASED -> name == null ? "Similar to what you viewed" : "Similar to " + name;
            case COLLABORATIVE -> name == null ? "Picked for you" : because(name, bought);
        };
    }

    /**
     * The strongest contributor of an {@code auto} item: the anchor it is bought with, the shopper's own history
     * item behind it, or the generic part.
     */
    private static String auto(@Nullable String name, boolean bought, boolean personal, boolean anchored) {
        if (anchored) {
            return togetherWith(name);
        }
        if (name == null) {
            return personal ? "Picked for you" : "Popular right now";
        }
        return because(name, bought);
    }

    private static String togetherWith(@Nullable String name) {
        return name == null ? "Often bought together" : "Often bought with " + name;
    }

    private static String because(String name, boolean bought) {
        return (bought ? "Because you bought " : "Because you viewed ") + name;
    }
}
