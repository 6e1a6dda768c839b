package com.recomengine.analytics.internal;

import com.recomengine.shared.TenantId;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the daily tables. A (tenant, day) is replaced whole — delete, then insert — in one transaction that also
 * reads the events, so readers see the old day or the new one, never a mix, and a re-run gives the same rows. A
 * transaction-scoped advisory lock per (tenant, day) makes two concurrent recomputes of one day take turns
 * (otherwise both could delete nothing and then insert twice).
 */
@Component
class DailyStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DayAggregation aggregation;

    DailyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, DayAggregation aggregation) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.aggregation = aggregation;
    }

    /** Aggregates the day from the events table and stores it in place of what was there; returns its figures. */
    DayFigures recompute(TenantId tenant, LocalDate day) {
        DayFigures figures = transaction.execute(status -> {
            jdbc.queryForObject(
                    "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                    Object.class,
                    "analytics-day:" + tenant + ":" + day);
            DayFigures computed = aggregation.aggregate(tenant, day);
            replace(tenant, computed);
            return computed;
        });
        return java.util.Objects.requireNonNull(figures);
    }

    private void replace(TenantId tenant, DayFigures figures) {
        Date day = Date.valueOf(figures.day());
        for (String table : List.of("analytics_daily", "analytics_daily_products", "analytics_daily_totals")) {
            jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ? AND day = ?", tenant.value(), day);
        }
        jdbc.batchUpdate("""
                INSERT INTO analytics_daily (tenant_id, day, placement_id, strategy, variant, impressions, clicks,
                    conversions, revenue_cents, recommendation_conversions, recommendation_revenue_cents, users)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", figures.groups(), 1_000, (ps, group) -> {
            ps.setObject(1, tenant.value());
            ps.setDate(2, day);
            ps.setString(3, group.key().placement());
            ps.setString(4, group.key().strategy());
            ps.setString(5, group.key().variant());
            setCounts(ps, 6, group.counts());
            ps.setLong(12, group.users());
        });
        jdbc.batchUpdate("""
                INSERT INTO analytics_daily_products (tenant_id, day, product_id, views, impressions, clicks,
                    add_to_carts, conversions, revenue_cents, recommendation_conversions, recommendation_revenue_cents)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", figures.products(), 1_000, (ps, product) -> {
            ps.setObject(1, tenant.value());
            ps.setDate(2, day);
            ps.setString(3, product.productId());
            ps.setLong(4, product.views());
            ps.setLong(5, product.impressions());
            ps.setLong(6, product.clicks());
            ps.setLong(7, product.addToCarts());
            ps.setLong(8, product.conversions());
            ps.setLong(9, product.revenueCents());
            ps.setLong(10, product.recommendationConversions());
            ps.setLong(11, product.recommendationRevenueCents());
        });
        // Late events marked before this transaction began are in what it just read.
        jdbc.update(
                "DELETE FROM analytics_stale_days WHERE tenant_id = ? AND day = ? AND marked_at < now()",
                tenant.value(),
                day);
        DayTotals totals = figures.totals();
        jdbc.update("""
                INSERT INTO analytics_daily_totals (tenant_id, day, events, users, buyers, sessions, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, now())""", tenant.value(), day, totals.events(), totals.users(), totals.buyers(), totals.sessions());
    }

    private static void setCounts(PreparedStatement ps, int first, Counts counts) throws SQLException {
        ps.setLong(first, counts.impressions());
        ps.setLong(first + 1, counts.clicks());
        ps.setLong(first + 2, counts.conversions());
        ps.setLong(first + 3, counts.revenueCents());
        ps.setLong(first + 4, counts.recommendationConversions());
        ps.setLong(first + 5, counts.recommendationRevenueCents());
    }

    /** Removes every aggregate of a tenant (its purge). */
    void forget(TenantId tenant) {
        for (String table : List.of(
                "analytics_daily", "analytics_daily_products", "analytics_daily_totals", "analytics_stale_days")) {
            jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ?", tenant.value());
        }
    }
}
