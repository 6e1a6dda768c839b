package com.recomengine.analytics.internal;

import com.recomengine.analytics.DayRange;
import com.recomengine.analytics.Dimension;
import com.recomengine.analytics.ProductMetric;
import com.recomengine.shared.TenantId;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the daily tables: every query is one index range scan of the tenant's days (primary keys lead with
 * {@code tenant_id, day}) summed in SQL, so a 30-day read touches a few thousand small rows, never an event.
 */
@Component
class DailyReads {

    private static final String COUNTS = """
            sum(impressions), sum(clicks), sum(conversions), sum(revenue_cents), sum(recommendation_conversions),
            sum(recommendation_revenue_cents)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    DailyReads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A stored day: its counts over all groups, and its distinct users. */
    record StoredDay(Counts counts, long users) {}

    /** The aggregated days of the range (days never aggregated are absent), in one index range scan of each table. */
    Map<LocalDate, StoredDay> byDay(TenantId tenant, DayRange range) {
        Map<LocalDate, StoredDay> days = new HashMap<>();
        jdbc.query(
                "SELECT t.day, t.users, " + COUNTS + """
                         FROM analytics_daily_totals t
                        LEFT JOIN analytics_daily d ON d.tenant_id = t.tenant_id AND d.day = t.day
                        WHERE t.tenant_id = ? AND t.day BETWEEN ? AND ?
                        GROUP BY t.day, t.users""",
                rs -> {
                    days.put(rs.getDate(1).toLocalDate(), new StoredDay(counts(rs, 3), rs.getLong(2)));
                },
                tenant.value(),
                Date.valueOf(range.from()),
                Date.valueOf(range.to()));
        return days;
    }

    /** The days of the range that have been aggregated. */
    List<LocalDate> aggregatedDays(TenantId tenant, DayRange range) {
        return jdbc.query(
                "SELECT day FROM analytics_daily_totals WHERE tenant_id = ? AND day BETWEEN ? AND ?",
                (rs, i) -> rs.getDate(1).toLocalDate(),
                tenant.value(),
                Date.valueOf(range.from()),
                Date.valueOf(range.to()));
    }

    /** Counts per placement, strategy or arm over the range. */
    Map<String, Counts> byDimension(TenantId tenant, DayRange range, Dimension dimension) {
        String column = switch (dimension) {
            case PLACEMENT -> "placement_id";
            case STRATEGY -> "strategy";
            case VARIANT -> "variant";
        };
        Map<String, Counts> rows = new HashMap<>();
        jdbc.query(
                "SELECT " + column + ", " + COUNTS + " FROM analytics_daily WHERE tenant_id = ? "
                        + "AND day BETWEEN ? AND ? GROUP BY " + column,
                rs -> {
                    rows.put(rs.getString(1), counts(rs, 2));
                },
                tenant.value(),
                Date.valueOf(range.from()),
                Date.valueOf(range.to()));
        return rows;
    }

    /**
     * The {@code limit} products with the most of {@code metric} over the range, plus the sums of {@code also}
     * (products that live days touched, whose final rank may differ from their stored one).
     */
    List<ProductFigures> topProducts(
            TenantId tenant, DayRange range, ProductMetric metric, int limit, Collection<String> also) {
        String order = "sum(" + column(metric) + ")";
        String select = """
                SELECT product_id, sum(views), sum(impressions), sum(clicks), sum(add_to_carts), sum(conversions),
                       sum(revenue_cents), sum(recommendation_conversions), sum(recommendation_revenue_cents)
                FROM analytics_daily_products WHERE tenant_id = ? AND day BETWEEN ? AND ?""";
        List<ProductFigures> top = new ArrayList<>(jdbc.query(
                select + " GROUP BY product_id ORDER BY " + order + " DESC, product_id LIMIT ?",
                (rs, i) -> product(rs),
                tenant.value(),
                Date.valueOf(range.from()),
                Date.valueOf(range.to()),
                limit));
        if (!also.isEmpty()) {
            top.addAll(jdbc.query(
                    connection -> {
                        PreparedStatement ps =
                                connection.prepareStatement(select + " AND product_id = ANY (?) GROUP BY product_id");
                        ps.setObject(1, tenant.value());
                        ps.setDate(2, Date.valueOf(range.from()));
                        ps.setDate(3, Date.valueOf(range.to()));
                        ps.setArray(4, connection.createArrayOf("varchar", also.toArray()));
                        return ps;
                    },
                    (rs, i) -> product(rs)));
        }
        return top;
    }

    /** Streams the stored rows of the range, ordered by day, placement, strategy and arm, through a cursor. */
    void forEachGroup(TenantId tenant, DayRange range, Consumer<DayGroup> action) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement("""
                    SELECT day, placement_id, strategy, variant, impressions, clicks, conversions, revenue_cents,
                           recommendation_conversions, recommendation_revenue_cents, users
                    FROM analytics_daily WHERE tenant_id = ? AND day BETWEEN ? AND ?
                    ORDER BY day, placement_id, strategy, variant""");
                    ps.setFetchSize(1_000);
                    ps.setObject(1, tenant.value());
                    ps.setDate(2, Date.valueOf(range.from()));
                    ps.setDate(3, Date.valueOf(range.to()));
                    return ps;
                },
                rs -> {
                    action.accept(new DayGroup(
                            rs.getDate(1).toLocalDate(),
                            new GroupFigures(
                                    new GroupKey(rs.getString(2), rs.getString(3), rs.getString(4)),
                                    counts(rs, 5),
                                    rs.getLong(11))));
                }));
    }

    /** One stored row: a group of one day. */
    record DayGroup(LocalDate day, GroupFigures group) {}

    static String column(ProductMetric metric) {
        return switch (metric) {
            case VIEWS -> "views";
            case IMPRESSIONS -> "impressions";
            case CLICKS -> "clicks";
            case ADD_TO_CARTS -> "add_to_carts";
            case CONVERSIONS -> "conversions";
            case REVENUE -> "revenue_cents";
            case RECOMMENDATION_CONVERSIONS -> "recommendation_conversions";
            case RECOMMENDATION_REVENUE -> "recommendation_revenue_cents";
        };
    }

    private static Counts counts(ResultSet rs, int first) throws SQLException {
        return new Counts(
                rs.getLong(first),
                rs.getLong(first + 1),
                rs.getLong(first + 2),
                rs.getLong(first + 3),
                rs.getLong(first + 4),
                rs.getLong(first + 5));
    }

    private static ProductFigures product(ResultSet rs) throws SQLException {
        return new ProductFigures(
                rs.getString(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9));
    }
}
