package com.recomengine.events;

/**
 * Today's running totals for one placement and strategy of a tenant, kept in Redis as events arrive (the events
 * table stays the source of truth). {@code placementId} and {@code strategy} are {@code "-"} when events did not
 * name one.
 */
public record LiveCounts(
        String placementId, String strategy, long impressions, long clicks, long conversions, long revenueCents) {}
