package com.recomengine.recommendations.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The strategies, in fallback order: when one yields fewer items than asked, the ones after it fill the rest
 * (frequently bought together → collaborative → content-based → trending → popular). The first three need a
 * shopper's history or an anchor product; the last two are the tenant's generic lists. {@code auto}, the blend
 * tuned per tenant, comes first in its own chain, followed by all the others.
 */
enum Strategy {
    FREQUENTLY_BOUGHT_TOGETHER("frequently_bought_together"),
    COLLABORATIVE("collaborative"),
    CONTENT_BASED("content_based"),
    TRENDING("trending"),
    POPULAR("popular"),
    AUTO("auto");

    static final String WIRE_NAMES =
            Arrays.stream(values()).map(Strategy::wireName).collect(Collectors.joining(", "));

    private final String wireName;

    Strategy(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** This strategy and the ones that fill in after it. */
    List<Strategy> chain() {
        if (this == AUTO) {
            return AUTO_CHAIN;
        }
        return List.of(values()).subList(ordinal(), AUTO.ordinal());
    }

    private static final List<Strategy> AUTO_CHAIN =
            List.of(AUTO, FREQUENTLY_BOUGHT_TOGETHER, COLLABORATIVE, CONTENT_BASED, TRENDING, POPULAR);

    static Optional<Strategy> fromWire(String name) {
        for (Strategy strategy : values()) {
            if (strategy.wireName.equals(name)) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }
}
