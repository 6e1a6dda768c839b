package com.recomengine.events;

/**
 * What the recommendation strategies can learn from in a window (impressions left out): distinct shoppers and
 * products, shoppers who touched two or more products (item-to-item signal), orders (purchases sharing a
 * {@code metadata.orderId}) and sessions with two or more products (bought-together signal), and purchases.
 */
public record InteractionCoverage(
        long users,
        long products,
        long usersWithTwoProducts,
        long ordersWithTwoProducts,
        long sessionsWithTwoProducts,
        long purchases) {}
