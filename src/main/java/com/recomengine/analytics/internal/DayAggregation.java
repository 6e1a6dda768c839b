package com.recomengine.analytics.internal;

import com.recomengine.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aggregates one tenant's UTC day straight from the events table, in one statement that reads the day once (by
 * the {@code (tenant_id, ts)} primary key) plus the recommendation clicks of the attribution window before it.
 * The nightly job stores the result; today's figures are the same query over the day so far.
 *
 * <p>Definitions, the same as the live counters': impressions are {@code impression} events, clicks are {@code
 * click} and {@code recommendation_click}, conversions are {@code purchase} events and revenue their {@code
 * metadata.revenue} in cents (rounded half up). Placement, strategy and arm are the event's own metadata ({@code
 * -} when absent). A purchase is attributed to a recommendation when the same user clicked the same product in a
 * recommendation ({@code recommendation_click}, or {@code click} with a {@code recommendationId}) at most the
 * attribution window before; the last such click earns it, and its revenue counts under that click's placement,
 * strategy and arm. Recommendation conversions count the clicks that earned at least one purchase on the day, not
 * the purchases: a click converts once, so conversions per click stay a rate.
 */
@Component
class DayAggregation {

    private static final String SQL = """
            WITH day_events AS MATERIALIZED (
                SELECT dedup_key, ts, event_type, user_id, product_id, session_id,
                       coalesce(metadata ->> 'placementId', '-') AS placement,
                       coalesce(metadata ->> 'strategy', '-') AS strategy,
                       coalesce(metadata ->> 'variant', '-') AS variant,
                       CASE WHEN event_type = 'purchase' AND jsonb_typeof(metadata -> 'revenue') = 'number'
                            THEN round((metadata ->> 'revenue')::numeric * 100)::bigint ELSE 0 END AS cents
                FROM events
                WHERE tenant_id = ? AND ts >= ? AND ts < ?
            ),
            recommendation_clicks AS MATERIALIZED (
                SELECT dedup_key AS click, user_id, product_id, ts,
                       coalesce(metadata ->> 'placementId', '-') AS placement,
                       coalesce(metadata ->> 'strategy', '-') AS strategy,
                       coalesce(metadata ->> 'variant', '-') AS variant
                FROM events
                WHERE tenant_id = ? AND ts >= ? AND ts < ? AND product_id IS NOT NULL
                  AND (event_type = 'recommendation_click'
                       OR (event_type = 'click' AND metadata ->> 'recommendationId' IS NOT NULL))
            ),
            attributed AS MATERIALIZED (
                SELECT DISTINCT ON (p.ts, p.dedup_key) p.product_id, p.cents, c.click, c.placement, c.strategy,
                       c.variant
                FROM day_events p
                JOIN recommendation_clicks c ON c.user_id = p.user_id AND c.product_id = p.product_id
                     AND c.ts <= p.ts AND c.ts >= p.ts - make_interval(secs => ?)
                WHERE p.event_type = 'purchase'
                ORDER BY p.ts, p.dedup_key, c.ts DESC
            ),
            groups AS (
                SELECT grouping(placement, strategy, variant) AS whole_day, placement, strategy, variant,
                       count(*) AS events,
                       count(*) FILTER (WHERE event_type = 'impression') AS impressions,
                       count(*) FILTER (WHERE event_type IN ('click', 'recommendation_click')) AS clicks,
                       count(*) FILTER (WHERE event_type = 'purchase') AS conversions,
                       coalesce(sum(cents), 0) AS revenue_cents,
                       count(DISTINCT user_id) AS users,
                       count(DISTINCT user_id) FILTER (WHERE event_type = 'purchase') AS buyers,
                       count(DISTINCT session_id) AS sessions
                FROM day_events
                GROUP BY GROUPING SETS ((placement, strategy, variant), ())
            ),
            attributed_groups AS (
                SELECT placement, strategy, variant, count(DISTINCT click) AS conversions,
                       sum(cents) AS revenue_cents
                FROM attributed GROUP BY placement, strategy, variant
            ),
            products AS (
                SELECT product_id,
                       count(*) FILTER (WHERE event_type = 'view') AS views,
                       count(*) FILTER (WHERE event_type = 'impression') AS impressions,
                       count(*) FILTER (WHERE event_type IN ('click', 'recommendation_click')) AS clicks,
                       count(*) FILTER (WHERE event_type = 'add_to_cart') AS add_to_carts,
                       count(*) FILTER (WHERE event_type = 'purchase') AS conversions,
                       coalesce(sum(cents), 0) AS revenue_cents
                FROM day_events WHERE product_id IS NOT NULL GROUP BY product_id
            ),
            attributed_products AS (
                SELECT product_id, count(DISTINCT click) AS conversions, sum(cents) AS revenue_cents
                FROM attributed GROUP BY product_id
            )
            SELECT 'g' AS kind, placement AS a, strategy AS b, variant AS c,
                   coalesce(g.impressions, 0), coalesce(g.clicks, 0), coalesce(g.conversions, 0),
                   coalesce(g.revenue_cents, 0), coalesce(r.conversions, 0), coalesce(r.revenue_cents, 0),
                   coalesce(g.users, 0), 0::bigint, 0::bigint, 0::bigint
            FROM (SELECT * FROM groups WHERE whole_day = 0) g
            FULL JOIN attributed_groups r USING (placement, strategy, variant)
            UNION ALL
            SELECT 't', NULL, NULL, NULL, events, users, buyers, sessions, 0, 0, 0, 0, 0, 0
            FROM groups WHERE whole_day = 7
            UNION ALL
            SELECT 'p', product_id, NULL, NULL, p.views, p.impressions, p.clicks, p.add_to_carts, p.conversions,
                   p.revenue_cents, coalesce(r.conversions, 0), coalesce(r.revenue_cents, 0), 0, 0
            FROM products p LEFT JOIN attributed_products r USING (product_id)
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final long windowSeconds;

    DayAggregation(JdbcTemplate jdbc, PlatformTransactionManager transactions, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true); // a live snapshot's own transaction; a recompute's is joined as it is
        this.windowSeconds = properties.attributionWindow().toSeconds();
    }

    /** The tenant's figures for {@code day}, from the events stored now (in the caller's transaction, if any). */
    DayFigures aggregate(TenantId tenant, LocalDate day) {
        return java.util.Objects.requireNonNull(transaction.execute(status -> {
            HashJoins.only(jdbc);
            return read(tenant, day);
        }));
    }

    private DayFigures read(TenantId tenant, LocalDate day) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Timestamp from = Timestamp.from(start);
        Timestamp to = Timestamp.from(start.plusSeconds(86_400));
        Timestamp clicksFrom = Timestamp.from(start.minusSeconds(windowSeconds));
        List<GroupFigures> groups = new ArrayList<>();
        List<ProductFigures> products = new ArrayList<>();
        DayTotals[] totals = {DayTotals.NONE};
        jdbc.query(
                SQL,
                rs -> {
                    long[] n = new long[10];
                    for (int i = 0; i < n.length; i++) {
                        n[i] = rs.getLong(5 + i);
                    }
                    switch (rs.getString(1)) {
                        case "g" ->
                            groups.add(new GroupFigures(
                                    new GroupKey(rs.getString(2), rs.getString(3), rs.getString(4)),
                                    new Counts(n[0], n[1], n[2], n[3], n[4], n[5]),
                                    n[6]));
                        case "t" -> totals[0] = new DayTotals(n[0], n[1], n[2], n[3]);
                        default ->
                            products.add(new ProductFigures(
                                    rs.getString(2), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]));
                    }
                },
                tenant.value(),
                from,
                to,
                tenant.value(),
                clicksFrom,
                to,
                windowSeconds);
        return new DayFigures(day, List.copyOf(groups), List.copyOf(products), totals[0]);
    }
}
