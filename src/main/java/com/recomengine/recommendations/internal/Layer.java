package com.recomengine.recommendations.internal;

/** Where an answer came from: the in-process cache, Redis, either of them past freshness, or computed now. */
enum Layer {
    L1("l1"),
    L2("l2"),
    STALE("stale"),
    MISS("miss");

    private final String wireName;

    Layer(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
