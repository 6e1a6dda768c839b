package com.recomengine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.events.InteractionType;
import com.recomengine.events.NewInteraction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoTrafficTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");
    private static final List<ProductSummary> PRODUCTS = List.of(
            product("22423", "12.75"), product("85123A", "2.55"), product("47566", "4.95"), product("84879", "1.69"));

    @Test
    void theSameSeedGivesTheSameStreamOfPastDemoEvents() {
        DemoTraffic traffic = new DemoTraffic(PRODUCTS, 60, null);

        List<NewInteraction> events = traffic.stream(NOW, 30, 7).toList();

        assertThat(events).isEqualTo(traffic.stream(NOW, 30, 7).toList());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.timestamp()).isBeforeOrEqualTo(NOW).isAfter(NOW.minus(Duration.ofDays(30)));
            assertThat(e.eventId()).startsWith("demo:");
            assertThat(e.metadata()).containsEntry("demo", true);
        });
        assertThat(events.stream().map(NewInteraction::eventId).distinct()).hasSameSizeAs(events);
    }

    @Test
    void impressionsLeadToClicksAndClicksToPurchasesWithRevenue() {
        Map<InteractionType, Long> byType = new DemoTraffic(PRODUCTS, 200, null)
                .stream(NOW, 60, 1).collect(Collectors.groupingBy(NewInteraction::type, Collectors.counting()));

        double ctr = (double) byType.get(InteractionType.RECOMMENDATION_CLICK) / byType.get(InteractionType.IMPRESSION);
        double conversion =
                (double) byType.get(InteractionType.PURCHASE) / byType.get(InteractionType.RECOMMENDATION_CLICK);
        assertThat(ctr).isBetween(0.02, 0.08);
        assertThat(conversion).isBetween(0.12, 0.3);
        assertThat(new DemoTraffic(PRODUCTS, 200, null).stream(NOW, 60, 1))
                .filteredOn(e -> e.type() == InteractionType.PURCHASE)
                .allSatisfy(e -> {
                    assertThat((BigDecimal) e.metadata().get("revenue")).isPositive();
                    assertThat(e.metadata()).containsEntry("currency", "GBP");
                });
    }

    @Test
    void theShopIsOpenNowWithAClickedAndBoughtRenderInTheLastHour() {
        List<NewInteraction> lastHour = new DemoTraffic(PRODUCTS, 1, null)
                .stream(NOW, 1, 3)
                        .filter(e -> e.timestamp().isAfter(NOW.minus(Duration.ofHours(1))))
                        .toList();

        assertThat(lastHour)
                .extracting(NewInteraction::type)
                .contains(InteractionType.IMPRESSION, InteractionType.RECOMMENDATION_CLICK, InteractionType.PURCHASE);
    }

    @Test
    void theExperimentsPlacementIsTaggedWithOneArmPerShopperWhileItRan() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        var window = new DemoExperiment.Window(UUID.randomUUID(), today.minusDays(20), today.minusDays(5));

        List<NewInteraction> tagged = new DemoTraffic(PRODUCTS, 100, window)
                .stream(NOW, 30, 5)
                        .filter(e -> e.metadata().containsKey("experimentId"))
                        .toList();

        assertThat(tagged).isNotEmpty().allSatisfy(e -> {
            assertThat(e.metadata()).containsEntry("placementId", DemoExperiment.PLACEMENT);
            assertThat(window.covers(LocalDate.ofInstant(e.timestamp(), ZoneOffset.UTC)))
                    .isTrue();
        });
        Map<String, List<Object>> armsByShopper = tagged.stream()
                .collect(Collectors.groupingBy(
                        NewInteraction::userId,
                        Collectors.mapping(e -> e.metadata().get("variant"), Collectors.toList())));
        assertThat(armsByShopper.values())
                .allSatisfy(arms -> assertThat(arms.stream().distinct()).hasSize(1));
        assertThat(tagged.stream().map(e -> e.metadata().get("variant")).distinct())
                .containsExactlyInAnyOrder("control", "variant");
    }

    private static ProductSummary product(String id, String price) {
        return new ProductSummary(
                id, "Product " + id, "Kitchen & Dining", new BigDecimal(price), "GBP", null, null, true, "{}", null);
    }
}
