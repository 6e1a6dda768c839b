package com.recomengine.analytics.internal;

/** One product over a day or a range. */
record ProductFigures(
        String productId,
        long views,
        long impressions,
        long clicks,
        long addToCarts,
        long conversions,
        long revenueCents,
        long recommendationConversions,
        long recommendationRevenueCents) {

    ProductFigures plus(ProductFigures other) {
        return new ProductFigures(
                productId,
                views + other.views,
                impressions + other.impressions,
                clicks + other.clicks,
                addToCarts + other.addToCarts,
                conversions + other.conversions,
                revenueCents + other.revenueCents,
                recommendationConversions + other.recommendationConversions,
                recommendationRevenueCents + other.recommendationRevenueCents);
    }
}
