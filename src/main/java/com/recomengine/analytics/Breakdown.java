package com.recomengine.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The range's figures per placement, strategy or arm, most impressions first. {@code key} is null for events that
 * named none. Impressions, clicks, conversions and revenue count under the event's own metadata (a purchase seldom
 * names a placement); recommendation conversions and revenue count under the recommendation click that earned them.
 */
public record Breakdown(String by, LocalDate from, LocalDate to, List<Row> data) {

    public record Row(
            @Nullable String key,
            long impressions,
            long clicks,
            @Nullable Double ctr,
            long conversions,
            @Nullable Double conversionRate,
            BigDecimal revenue,
            long recommendationConversions,
            BigDecimal recommendationRevenue) {}
}
