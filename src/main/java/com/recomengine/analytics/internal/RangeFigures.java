package com.recomengine.analytics.internal;

import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.Dimension;
import com.recomengine.analytics.ProductMetric;
import com.recomengine.shared.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The figures of a day range, each day from where it is best known: the daily tables for days the nightly job (or
 * a recompute) aggregated; {@link LiveDays} for today, and for a day of the last {@value #LIVE_DAYS_BACK} that was
 * not aggregated yet (yesterday between midnight and the nightly run, or a night the job missed; the live
 * counters are kept 72 hours). An older day that was never aggregated counts as empty until a recompute.
 */
@Component
@RequiredArgsConstructor
class RangeFigures {

    static final int LIVE_DAYS_BACK = 2;

    private final DailyReads stored;
    private final LiveDays live;
    private final Clock clock = Clock.systemUTC();

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The days of the range answered live, oldest first. */
    List<LocalDate> liveDays(TenantId tenant, DayRange range) {
        DayRange recent = recent(range);
        return recent == null ? List.of() : liveDays(range, new HashSet<>(stored.aggregatedDays(tenant, recent)));
    }

    /** Today, and the recent days of the range that are not among the {@code aggregated} ones. */
    private List<LocalDate> liveDays(DayRange range, Set<LocalDate> aggregated) {
        DayRange recent = recent(range);
        LocalDate today = today();
        return recent == null
                ? List.of()
                : recent.stream()
                        .filter(day -> day.equals(today) || !aggregated.contains(day))
                        .toList();
    }

    private @Nullable DayRange recent(DayRange range) {
        LocalDate today = today();
        LocalDate first = today.minusDays(LIVE_DAYS_BACK);
        if (range.to().isBefore(first) || range.from().isAfter(today)) {
            return null;
        }
        return new DayRange(
                range.from().isBefore(first) ? first : range.from(), range.to().isAfter(today) ? today : range.to());
    }

    /** Counts and distinct users per day (a day without any is absent), and which days were answered live. */
    record Days(Map<LocalDate, DailyReads.StoredDay> figures, List<LocalDate> live) {}

    Days byDay(TenantId tenant, DayRange range) {
        Map<LocalDate, DailyReads.StoredDay> days = new HashMap<>(stored.byDay(tenant, range));
        List<LocalDate> liveDays = liveDays(range, days.keySet());
        for (LocalDate day : liveDays) {
            DayFigures figures = live.figures(tenant, day);
            days.put(
                    day,
                    new DailyReads.StoredDay(figures.counts(), figures.totals().users()));
        }
        return new Days(days, liveDays);
    }

    /** Counts per key of the dimension ({@value GroupKey#NONE} for none). */
    Map<String, Counts> byDimension(TenantId tenant, DayRange range, Dimension dimension) {
        List<LocalDate> liveDays = liveDays(tenant, range);
        Map<String, Counts> rows = new HashMap<>(stored.byDimension(tenant, range, dimension));
        for (LocalDate day : liveDays) {
            for (GroupFigures group : live.figures(tenant, day).groups()) {
                rows.merge(group.key().of(dimension), group.counts(), Counts::plus);
            }
        }
        return rows;
    }

    /**
     * The top products: the stored top {@code limit} plus the live days' products, merged. Exact, because a product
     * the live days did not touch keeps its stored sum, so only the stored top and the touched ones can rank.
     */
    List<ProductFigures> topProducts(TenantId tenant, DayRange range, ProductMetric metric, int limit) {
        Map<String, ProductFigures> live = new HashMap<>();
        for (LocalDate day : liveDays(tenant, range)) {
            this.live.figures(tenant, day).products().forEach(p -> live.merge(p.productId(), p, ProductFigures::plus));
        }
        Map<String, ProductFigures> merged = new HashMap<>();
        for (ProductFigures product : stored.topProducts(tenant, range, metric, limit, live.keySet())) {
            merged.putIfAbsent(product.productId(), product);
        }
        live.forEach((id, product) -> merged.merge(id, product, ProductFigures::plus));
        ToLongFunction<ProductFigures> value = valueOf(metric);
        return merged.values().stream()
                .filter(p -> value.applyAsLong(p) > 0)
                .sorted(Comparator.comparingLong(value).reversed().thenComparing(ProductFigures::productId))
                .limit(limit)
                .toList();
    }

    /** Every group of every day, ordered by day, placement, strategy and arm, read as it is written out. */
    void forEachGroup(TenantId tenant, DayRange range, Consumer<DailyReads.DayGroup> action) {
        TreeMap<LocalDate, List<GroupFigures>> liveDays = new TreeMap<>();
        for (LocalDate day : liveDays(tenant, range)) {
            List<GroupFigures> groups =
                    new ArrayList<>(live.figures(tenant, day).groups());
            groups.sort(Comparator.comparing((GroupFigures g) -> g.key().placement())
                    .thenComparing(g -> g.key().strategy())
                    .thenComparing(g -> g.key().variant()));
            liveDays.put(day, groups);
        }
        stored.forEachGroup(tenant, range, row -> {
            while (!liveDays.isEmpty() && liveDays.firstKey().isBefore(row.day())) {
                var first = liveDays.pollFirstEntry();
                first.getValue().forEach(group -> action.accept(new DailyReads.DayGroup(first.getKey(), group)));
            }
            if (!liveDays.containsKey(row.day())) {
                action.accept(row);
            }
        });
        liveDays.forEach((day, groups) -> groups.forEach(group -> action.accept(new DailyReads.DayGroup(day, group))));
    }

    private static ToLongFunction<ProductFigures> valueOf(ProductMetric metric) {
        return switch (metric) {
            case VIEWS -> ProductFigures::views;
            case IMPRESSIONS -> ProductFigures::impressions;
            case CLICKS -> ProductFigures::clicks;
            case ADD_TO_CARTS -> ProductFigures::addToCarts;
            case CONVERSIONS -> ProductFigures::conversions;
            case REVENUE -> ProductFigures::revenueCents;
            case RECOMMENDATION_CONVERSIONS -> ProductFigures::recommendationConversions;
            case RECOMMENDATION_REVENUE -> ProductFigures::recommendationRevenueCents;
        };
    }
}
