package com.recomengine.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The headline KPIs of a day range, each against the previous range of equal length. CTR is clicks per impression,
 * conversion rate recommendation conversions per click (both at most 1), revenue in the currency units the shop
 * sends. Recommendation revenue is that of purchases of a product the same user clicked in a recommendation within
 * the attribution window before; recommendation conversions are the clicks that earned such a purchase. {@code liveDays} are the days read from the live counters and the events table
 * rather than from the daily aggregates (today, and a recent day the nightly job has not aggregated yet).
 */
public record Overview(
        LocalDate from,
        LocalDate to,
        LocalDate previousFrom,
        LocalDate previousTo,
        Kpi impressions,
        Kpi clicks,
        Kpi ctr,
        Kpi conversions,
        Kpi conversionRate,
        Kpi revenue,
        Kpi recommendationConversions,
        Kpi recommendationRevenue,
        List<LocalDate> liveDays) {}
