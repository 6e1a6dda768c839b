package com.recomengine.analytics.internal;

import com.recomengine.experiments.ExperimentMetricsSource;
import com.recomengine.experiments.ExperimentTotals;
import com.recomengine.experiments.VariantTotals;
import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Experiment results' numbers from the events table, in one SQL pass over the window.
 *
 * <p>The unit is the id the user was assigned by: {@code metadata.assignmentId} when the SDK sent one (its
 * anonymous id, kept after {@code identify()}), else the user id. A unit is in the experiment when it has an
 * impression or click tagged with the experiment's id and an arm; its arm is the one on its first tagged event —
 * the arm the server's assignment function gave it when serving the recommendation. (Recomputing the function here
 * from the user id would put a visitor who logged in mid-experiment in the wrong arm: the server hashed the
 * assignment id.) Impressions and clicks count per arm by their tags. A purchase in the window belongs to the unit
 * named by its {@code assignmentId}, else to the unit that user was first exposed under; purchases of users never
 * exposed are not part of the experiment. Conversions are units with at least one purchase; revenue and its sum of
 * squares are per unit, exact in cents and converted once.
 */
// @Fallback: another source (a stand-in with known totals in the experiments module's tests) takes precedence.
@Component
@Fallback
class ExperimentInteractionTotals implements ExperimentMetricsSource {

    private static final String SQL = """
            WITH window_events AS MATERIALIZED (
                SELECT event_type, user_id, ts, coalesce(metadata ->> 'assignmentId', user_id) AS unit,
                       metadata ->> 'assignmentId' AS assignment_id,
                       metadata ->> 'variant' AS arm,
                       CASE WHEN event_type = 'purchase' AND jsonb_typeof(metadata -> 'revenue') = 'number'
                            THEN round((metadata ->> 'revenue')::numeric * 100)::bigint ELSE 0 END AS cents
                FROM events
                WHERE tenant_id = ? AND ts >= ? AND ts < ?
                  AND (event_type = 'purchase'
                       OR (event_type IN ('impression', 'click', 'recommendation_click')
                           AND metadata ->> 'experimentId' = ? AND metadata ->> 'variant' IN ('control', 'variant')))
            ),
            exposures AS MATERIALIZED (
                SELECT * FROM window_events WHERE event_type <> 'purchase'
            ),
            units AS (
                SELECT DISTINCT ON (unit) unit, arm FROM exposures ORDER BY unit, ts
            ),
            people AS (
                SELECT DISTINCT ON (user_id) user_id, unit FROM exposures ORDER BY user_id, ts
            ),
            purchases AS (
                SELECT coalesce(by_assignment.unit, by_user.unit) AS unit, p.cents
                FROM window_events p
                LEFT JOIN units by_assignment ON by_assignment.unit = p.assignment_id
                LEFT JOIN people by_user ON by_user.user_id = p.user_id
                WHERE p.event_type = 'purchase'
            ),
            per_unit AS (
                SELECT u.arm, u.unit, count(p.unit) AS purchases, coalesce(sum(p.cents), 0)::numeric AS cents
                FROM units u LEFT JOIN purchases p ON p.unit = u.unit
                GROUP BY u.arm, u.unit
            ),
            arms AS (
                SELECT arm, count(*) AS users, count(*) FILTER (WHERE purchases > 0) AS conversions,
                       sum(cents) AS cents, sum(cents * cents) AS cents_squared
                FROM per_unit GROUP BY arm
            ),
            tags AS (
                SELECT arm, count(*) FILTER (WHERE event_type = 'impression') AS impressions,
                       count(*) FILTER (WHERE event_type <> 'impression') AS clicks
                FROM exposures GROUP BY arm
            )
            SELECT arm, users, impressions, clicks, conversions, cents, cents_squared
            FROM arms JOIN tags USING (arm)
            """;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ExperimentInteractionTotals(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public ExperimentTotals totalsFor(TenantId tenant, UUID experimentId, Instant from, Instant to) {
        Map<String, VariantTotals> arms = new HashMap<>();
        readOnly.executeWithoutResult(status -> {
            HashJoins.only(jdbc);
            jdbc.query(
                    SQL,
                    rs -> {
                        arms.put(
                                rs.getString("arm"),
                                new VariantTotals(
                                        rs.getLong("users"),
                                        rs.getLong("impressions"),
                                        rs.getLong("clicks"),
                                        rs.getLong("conversions"),
                                        rs.getBigDecimal("cents")
                                                .divide(HUNDRED)
                                                .doubleValue(),
                                        rs.getBigDecimal("cents_squared")
                                                .divide(TEN_THOUSAND)
                                                .doubleValue()));
                    },
                    tenant.value(),
                    Timestamp.from(from),
                    Timestamp.from(to),
                    experimentId.toString());
        });
        return new ExperimentTotals(
                arms.getOrDefault("control", VariantTotals.NONE), arms.getOrDefault("variant", VariantTotals.NONE));
    }
}
