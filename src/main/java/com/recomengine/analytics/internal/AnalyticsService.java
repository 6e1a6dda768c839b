package com.recomengine.analytics.internal;

import com.recomengine.analytics.Analytics;
import com.recomengine.analytics.Breakdown;
import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.Dimension;
import com.recomengine.analytics.Granularity;
import com.recomengine.analytics.Kpi;
import com.recomengine.analytics.Overview;
import com.recomengine.analytics.ProductMetric;
import com.recomengine.analytics.RecomputeReport;
import com.recomengine.analytics.SeriesMetric;
import com.recomengine.analytics.TimeSeries;
import com.recomengine.analytics.TopProducts;
import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.shared.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** {@link Analytics}: the views over {@link RangeFigures}; rates and money are made here from additive counts. */
@Service
@RequiredArgsConstructor
class AnalyticsService implements Analytics {

    private final RangeFigures figures;
    private final Recomputation recomputation;
    private final CsvExport csv;
    private final Catalog catalog;

    @Override
    public Overview overview(TenantId tenant, DayRange range) {
        DayRange previous = range.previous();
        RangeFigures.Days days = figures.byDay(tenant, new DayRange(previous.from(), range.to()));
        Counts now = Counts.ZERO;
        Counts before = Counts.ZERO;
        for (var day : days.figures().entrySet()) {
            if (range.contains(day.getKey())) {
                now = now.plus(day.getValue().counts());
            } else {
                before = before.plus(day.getValue().counts());
            }
        }
        return new Overview(
                range.from(),
                range.to(),
                previous.from(),
                previous.to(),
                Kpi.of(now.impressions(), before.impressions()),
                Kpi.of(now.clicks(), before.clicks()),
                Kpi.of(Rates.ctr(now), Rates.ctr(before)),
                Kpi.of(now.conversions(), before.conversions()),
                Kpi.of(Rates.conversionRate(now), Rates.conversionRate(before)),
                Kpi.of(Rates.money(now.revenueCents()), Rates.money(before.revenueCents())),
                Kpi.of(now.recommendationConversions(), before.recommendationConversions()),
                Kpi.of(Rates.money(now.recommendationRevenueCents()), Rates.money(before.recommendationRevenueCents())),
                days.live().stream().filter(range::contains).toList());
    }

    @Override
    public TimeSeries timeSeries(TenantId tenant, SeriesMetric metric, DayRange range, Granularity granularity) {
        Map<LocalDate, DailyReads.StoredDay> days = figures.byDay(tenant, range).figures();
        Map<LocalDate, DailyReads.StoredDay> buckets = new TreeMap<>();
        range.stream()
                .forEach(day -> buckets.merge(
                        granularity.bucketOf(day),
                        days.getOrDefault(day, new DailyReads.StoredDay(Counts.ZERO, 0)),
                        (a, b) -> new DailyReads.StoredDay(a.counts().plus(b.counts()), a.users() + b.users())));
        List<TimeSeries.Point> points = buckets.entrySet().stream()
                .map(bucket -> new TimeSeries.Point(
                        bucket.getKey().isBefore(range.from()) ? range.from() : bucket.getKey(),
                        Rates.value(
                                metric,
                                bucket.getValue().counts(),
                                bucket.getValue().users())))
                .toList();
        return new TimeSeries(metric.wireName(), granularity.wireName(), range.from(), range.to(), points);
    }

    @Override
    public TopProducts topProducts(TenantId tenant, ProductMetric metric, DayRange range, int limit) {
        List<ProductFigures> top = figures.topProducts(tenant, range, metric, limit);
        Map<String, ProductSummary> names = catalog.products(
                tenant, top.stream().map(ProductFigures::productId).toList());
        return new TopProducts(
                metric.wireName(),
                range.from(),
                range.to(),
                top.stream()
                        .map(p -> {
                            ProductSummary known = names.get(p.productId());
                            return new TopProducts.Product(
                                    p.productId(),
                                    known == null ? null : known.name(),
                                    p.views(),
                                    p.impressions(),
                                    p.clicks(),
                                    p.addToCarts(),
                                    p.conversions(),
                                    Rates.money(p.revenueCents()),
                                    p.recommendationConversions(),
                                    Rates.money(p.recommendationRevenueCents()));
                        })
                        .toList());
    }

    @Override
    public Breakdown breakdown(TenantId tenant, Dimension dimension, DayRange range) {
        List<Breakdown.Row> rows = figures.byDimension(tenant, range, dimension).entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, Counts> e) -> e.getValue().impressions())
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Counts c = e.getValue();
                    return new Breakdown.Row(
                            GroupKey.wire(e.getKey()),
                            c.impressions(),
                            c.clicks(),
                            Rates.ctr(c),
                            c.conversions(),
                            Rates.conversionRate(c),
                            Rates.money(c.revenueCents()),
                            c.recommendationConversions(),
                            Rates.money(c.recommendationRevenueCents()));
                })
                .toList();
        return new Breakdown(dimension.wireName(), range.from(), range.to(), rows);
    }

    @Override
    public void exportCsv(TenantId tenant, DayRange range, OutputStream out) throws IOException {
        csv.write(tenant, range, out);
    }

    @Override
    public RecomputeReport recompute(TenantId tenant, DayRange range) {
        return recomputation.recompute(tenant, range);
    }
}
