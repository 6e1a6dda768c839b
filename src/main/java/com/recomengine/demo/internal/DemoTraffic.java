package com.recomengine.demo.internal;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.events.InteractionType;
import com.recomengine.events.NewInteraction;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The demo tenant's widget traffic, made up (the UCI data has purchases only): over the last {@code days} days up
 * to {@code now}, widget renders of the demo placements to UCI customers, each an impression per shown product, a
 * quarter of them a recommendation click, a fifth of those clicks a purchase of the clicked product a few minutes
 * later (quantity 1–3 at the catalog price). More traffic at weekends and a slow growth over the period, so that
 * the charts and previous-period comparisons move. The finished demo experiment's placement is tagged with its arm
 * while it ran ({@link DemoExperiment}). Every event carries {@code metadata.demo = true} and an event id
 * starting {@code demo:}, so it reads as demo data wherever it shows. The same seed gives the same stream.
 */
final class DemoTraffic {

    record Placement(String id, String strategy, int items) {}

    static final List<Placement> PLACEMENTS = List.of(
            new Placement("home_top", "collaborative", 8),
            new Placement("product_detail", "collaborative", 6),
            new Placement("cart", "frequently_bought_together", 4));

    static final double CLICK_RATE = 0.25;
    static final double PURCHASE_RATE = 0.2;
    static final int RECENT_RENDERS = 4;
    private static final int FIRST_CUSTOMER = 12_346;
    private static final int CUSTOMERS = 5_900;

    /** The experiment's arm clicks a little more often than the control: the demo's result has a winner. */
    static final double VARIANT_CLICK_RATE = 0.3;

    private final List<ProductSummary> products;
    private final int rendersPerDay;
    private final DemoExperiment.@Nullable Window experiment;

    /**
     * {@code products}: available, priced products to show, each bought in its own currency; {@code experiment}:
     * the days its placement's renders are tagged with an arm (each shopper always the same one), or null.
     */
    DemoTraffic(List<ProductSummary> products, int rendersPerDay, DemoExperiment.@Nullable Window experiment) {
        if (products.isEmpty()) {
            throw new IllegalArgumentException("the demo traffic needs products to show");
        }
        this.products = List.copyOf(products);
        this.rendersPerDay = rendersPerDay;
        this.experiment = experiment;
    }

    /**
     * The stream of the {@code days} days ending with {@code now}'s day, none after {@code now}, and the shop open
     * right now: a few renders of the last hour, one of them clicked and bought.
     */
    Stream<NewInteraction> stream(Instant now, int days, long seed) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Stream<NewInteraction> past = Stream.iterate(days - 1, back -> back >= 0, back -> back - 1)
                .flatMap(back -> {
                    LocalDate day = today.minusDays(back);
                    SplittableRandom random = new SplittableRandom(seed ^ day.toEpochDay() * 0x9E3779B97F4A7C15L);
                    return day(day, renders(day, days - back, days), random, now).stream();
                });
        return Stream.concat(past, lastHour(now, seed).stream());
    }

    private List<NewInteraction> lastHour(Instant now, long seed) {
        List<NewInteraction> events = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int r = 0; r < RECENT_RENDERS; r++) {
            Instant at = now.minus(Duration.ofMinutes(50 - 10L * r));
            render(events, today, -1 - r, at, random, now, r == 0 ? 1.0 : CLICK_RATE, r == 0 ? 1.0 : PURCHASE_RATE);
        }
        return events;
    }

    /** Renders on the day: weekends busier, the period growing from 80 % to 120 %. */
    private int renders(LocalDate day, int dayNumber, int days) {
        double weekly = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.3 : 1;
        double growth = 0.8 + 0.4 * dayNumber / days;
        return (int) Math.round(rendersPerDay * weekly * growth);
    }

    private List<NewInteraction> day(LocalDate day, int renders, SplittableRandom random, Instant now) {
        List<NewInteraction> events = new ArrayList<>();
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int r = 0; r < renders; r++) {
            Instant at = start.plusSeconds(random.nextLong(86_400));
            if (at.isAfter(now)) {
                continue;
            }
            render(events, day, r, at, random, now, CLICK_RATE, PURCHASE_RATE);
        }
        return events;
    }

    private void render(
            List<NewInteraction> events,
            LocalDate day,
            int r,
            Instant at,
            SplittableRandom random,
            Instant now,
            double clickRate,
            double purchaseRate) {
        Placement placement = PLACEMENTS.get(random.nextInt(PLACEMENTS.size()));
        String user = Integer.toString(FIRST_CUSTOMER + random.nextInt(CUSTOMERS));
        String render = "demo:" + day + ":" + r;
        String session = "demo-session-" + day + "-" + r;
        Map<String, Object> tags = new HashMap<>(Map.of(
                "placementId",
                placement.id(),
                "strategy",
                placement.strategy(),
                "recommendationId",
                render,
                "demo",
                true));
        if (experiment != null && experiment.covers(day) && placement.id().equals(DemoExperiment.PLACEMENT)) {
            boolean variant = Math.floorMod(user.hashCode() * 31, 2) == 1;
            tags.put("experimentId", experiment.id().toString());
            tags.put("variant", variant ? "variant" : "control");
            tags.put("strategy", variant ? DemoExperiment.VARIANT : DemoExperiment.CONTROL);
            clickRate = variant ? VARIANT_CLICK_RATE : clickRate;
        }
        List<ProductSummary> shown = new ArrayList<>();
        for (int i = 0; i < placement.items(); i++) {
            ProductSummary product = products.get(random.nextInt(products.size()));
            shown.add(product);
            events.add(new NewInteraction(
                    InteractionType.IMPRESSION, user, product.productId(), session, render + ":i" + i, at, tags));
        }
        if (random.nextDouble() >= clickRate) {
            return;
        }
        ProductSummary clicked = shown.get(random.nextInt(shown.size()));
        Instant clickAt = at.plusSeconds(5 + random.nextInt(60));
        if (clickAt.isAfter(now)) {
            return;
        }
        events.add(new NewInteraction(
                InteractionType.RECOMMENDATION_CLICK,
                user,
                clicked.productId(),
                session,
                render + ":c",
                clickAt,
                tags));
        Instant boughtAt = clickAt.plus(Duration.ofSeconds(60 + random.nextInt(420)));
        if (random.nextDouble() >= purchaseRate
                || boughtAt.isAfter(now)
                || clicked.price() == null
                || clicked.currency() == null) {
            return;
        }
        int quantity = 1 + random.nextInt(3);
        BigDecimal revenue = clicked.price().multiply(BigDecimal.valueOf(quantity));
        events.add(new NewInteraction(
                InteractionType.PURCHASE,
                user,
                clicked.productId(),
                session,
                render + ":p",
                boughtAt,
                Map.of("orderId", render, "revenue", revenue, "currency", clicked.currency(), "demo", true)));
    }
}
