package com.recomengine.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.recomengine.analytics.AnalyticsHttpTest;
import com.recomengine.experiments.ExperimentTotals;
import com.recomengine.experiments.VariantTotals;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attribution rules of experiment totals, on a handful of shoppers whose totals are worked out by hand. */
class ExperimentInteractionTotalsTest extends AnalyticsHttpTest {

    @Autowired
    ExperimentInteractionTotals totals;

    @Test
    void attributesPurchasesToTheArmTheShopperWasFirstServedUnderTheirAssignmentId() {
        Shop shop = shop();
        UUID experiment = UUID.randomUUID();
        Instant start = Instant.now().minusSeconds(3_600);
        Instant t = start.plusSeconds(60);
        send(
                shop,
                List.of(
                        // ann: control, 2 impressions, 1 click, buys twice (10 + 5) inside the window.
                        exposure("impression", "ann", null, experiment, "control", t),
                        exposure("impression", "ann", null, experiment, "control", t.plusSeconds(1)),
                        exposure("recommendation_click", "ann", null, experiment, "control", t.plusSeconds(2)),
                        purchase("ann", null, 10, t.plusSeconds(3)),
                        purchase("ann", null, 5, t.plusSeconds(4)),
                        // anon-7 browses as an anonymous visitor in variant, logs in as bob and buys for 20
                        // (assignmentId kept).
                        exposure("impression", "anon-7", "anon-7", experiment, "variant", t.plusSeconds(5)),
                        purchase("bob", "anon-7", 20, t.plusSeconds(6)),
                        // bob's server-side purchase carries no assignment id: it follows bob's first exposure
                        // (anon-7).
                        exposure("impression", "bob", "anon-7", experiment, "variant", t.plusSeconds(7)),
                        purchase("bob", null, 2.5, t.plusSeconds(8)),
                        // cy: variant, no purchase; a later tag of the other arm (a client bug) does not move cy.
                        exposure("impression", "cy", null, experiment, "variant", t.plusSeconds(9)),
                        exposure("impression", "cy", null, experiment, "control", t.plusSeconds(10)),
                        // dee buys but never saw the experiment; eve saw another experiment.
                        purchase("dee", null, 99, t.plusSeconds(11)),
                        exposure("impression", "eve", null, UUID.randomUUID(), "control", t.plusSeconds(12)),
                        purchase("eve", null, 7, t.plusSeconds(13)),
                        // ann buys again after the window closes.
                        purchase("ann", null, 1_000, Instant.now().minusSeconds(5))));

        ExperimentTotals result = totals.totalsFor(
                new TenantId(UUID.fromString(shop.tenantId())),
                experiment,
                start,
                Instant.now().minusSeconds(60));

        VariantTotals control = result.control();
        assertThat(control.users()).isEqualTo(1);
        assertThat(control.impressions()).isEqualTo(3); // ann's two and cy's stray control tag
        assertThat(control.clicks()).isEqualTo(1);
        assertThat(control.conversions()).isEqualTo(1);
        assertThat(control.revenue()).isCloseTo(15, within(1e-9));
        assertThat(control.revenueSumOfSquares()).isCloseTo(225, within(1e-9));

        VariantTotals variant = result.variant();
        assertThat(variant.users()).isEqualTo(2); // anon-7 (bob) and cy
        assertThat(variant.impressions()).isEqualTo(3);
        assertThat(variant.clicks()).isZero();
        assertThat(variant.conversions()).isEqualTo(1);
        assertThat(variant.revenue()).isCloseTo(22.5, within(1e-9));
        assertThat(variant.revenueSumOfSquares()).isCloseTo(22.5 * 22.5, within(1e-9));
    }

    @Test
    void anExperimentWithoutExposuresHasEmptyTotals() {
        Shop shop = shop();
        ExperimentTotals result = totals.totalsFor(
                new TenantId(UUID.fromString(shop.tenantId())),
                UUID.randomUUID(),
                Instant.now().minusSeconds(600),
                Instant.now());
        assertThat(result).isEqualTo(ExperimentTotals.NONE);
    }

    private static Map<String, Object> exposure(
            String type, String user, String assignmentId, UUID experiment, String variant, Instant at) {
        Map<String, Object> metadata = new HashMap<>(Map.of(
                "placementId",
                "home",
                "experimentId",
                experiment.toString(),
                "variant",
                variant,
                "recommendationId",
                "r-1"));
        if (assignmentId != null) {
            metadata.put("assignmentId", assignmentId);
        }
        return event(type, user, "p-1", at, metadata);
    }

    private static Map<String, Object> purchase(String user, String assignmentId, double revenue, Instant at) {
        Map<String, Object> metadata = new HashMap<>(Map.of("revenue", revenue));
        if (assignmentId != null) {
            metadata.put("assignmentId", assignmentId);
        }
        return event("purchase", user, "p-1", at, metadata);
    }
}
