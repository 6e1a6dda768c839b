package com.recomengine.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A random but reproducible (seeded) history of a shop: views, impressions, clicks, recommendation clicks, carts
 * and purchases over some days, with placements, strategies and arms, and purchases that often follow a
 * recommendation click of the same user and product. Knows, independently of the application's SQL, which
 * purchases a recommendation earned.
 */
final class ShopHistory {

    static final Duration ATTRIBUTION = Duration.ofHours(24);
    private static final String[] PLACEMENTS = {"home", "pdp", "cart", null};
    private static final String[] STRATEGIES = {"trending", "popular", null};
    private static final String[] VARIANTS = {"control", "variant", null};

    record Happening(
            String type,
            String user,
            @Nullable String product,
            Instant at,
            @Nullable String placement,
            @Nullable String strategy,
            @Nullable String variant,
            boolean recommendationId,
            long cents,
            @Nullable BigDecimal revenue) {

        LocalDate day() {
            return LocalDate.ofInstant(at, ZoneOffset.UTC);
        }

        boolean isRecommendationClick() {
            return product != null
                    && (type.equals("recommendation_click") || (type.equals("click") && recommendationId));
        }

        Map<String, Object> asEvent() {
            Map<String, Object> metadata = new LinkedHashMap<>();
            if (placement != null) {
                metadata.put("placementId", placement);
            }
            if (strategy != null) {
                metadata.put("strategy", strategy);
            }
            if (variant != null) {
                metadata.put("variant", variant);
            }
            if (recommendationId) {
                metadata.put("recommendationId", "r-" + at.toEpochMilli());
            }
            if (revenue != null) {
                metadata.put("revenue", revenue);
                metadata.put("currency", "EUR");
                metadata.put("orderId", "o-" + at.toEpochMilli());
            }
            return AnalyticsHttpTest.event(type, user, product, at, metadata.isEmpty() ? null : metadata);
        }
    }

    final long seed;
    final List<Happening> happenings = new ArrayList<>();

    /** About {@code perDay} events a day on each day from {@code first} to {@code last}, none after {@code until}. */
    ShopHistory(long seed, LocalDate first, LocalDate last, int perDay, Instant until) {
        this.seed = seed;
        Random random = new Random(seed);
        List<Happening> clicks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            long span = Math.min(86_400_000L, Duration.between(start, until).toMillis());
            if (span <= 0) {
                break;
            }
            // Distinct, increasing timestamps: a purchase's last click is never a tie.
            long step = span / (perDay + 1);
            for (int i = 1; i <= perDay; i++) {
                Instant at = start.plusMillis(i * step);
                Happening next = next(random, at, clicks);
                happenings.add(next);
                if (next.isRecommendationClick()) {
                    clicks.add(next);
                }
            }
        }
    }

    private static Happening next(Random random, Instant at, List<Happening> clicks) {
        String user = "u-" + random.nextInt(40);
        String product = "p-" + random.nextInt(25);
        String placement = PLACEMENTS[random.nextInt(PLACEMENTS.length)];
        String strategy = STRATEGIES[random.nextInt(STRATEGIES.length)];
        String variant = VARIANTS[random.nextInt(VARIANTS.length)];
        int roll = random.nextInt(100);
        if (roll < 30) {
            return new Happening("view", user, product, at, null, null, null, false, 0, null);
        }
        if (roll < 55) {
            return new Happening(
                    "impression",
                    user,
                    random.nextBoolean() ? product : null,
                    at,
                    placement,
                    strategy,
                    variant,
                    true,
                    0,
                    null);
        }
        if (roll < 65) {
            return new Happening(
                    "recommendation_click", user, product, at, placement, strategy, variant, true, 0, null);
        }
        if (roll < 75) {
            boolean fromWidget = random.nextBoolean();
            return new Happening(
                    "click",
                    user,
                    product,
                    at,
                    fromWidget ? placement : null,
                    fromWidget ? strategy : null,
                    fromWidget ? variant : null,
                    fromWidget,
                    0,
                    null);
        }
        if (roll < 85) {
            return new Happening("add_to_cart", user, product, at, null, null, null, false, 0, null);
        }
        // Purchases: often of a product the user clicked in a recommendation lately (some beyond the window).
        if (!clicks.isEmpty() && random.nextInt(3) > 0) {
            Happening click = clicks.get(clicks.size() - 1 - random.nextInt(Math.min(clicks.size(), 30)));
            user = click.user();
            product = click.product();
        }
        BigDecimal revenue = BigDecimal.valueOf(100 + random.nextInt(200_000), 3); // 0.100 .. 200.099, half cents too
        long cents = revenue.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Happening(
                "purchase",
                user,
                product,
                at,
                random.nextInt(4) == 0 ? placement : null,
                null,
                null,
                false,
                cents,
                revenue);
    }

    List<Map<String, Object>> events() {
        return happenings.stream().map(Happening::asEvent).toList();
    }

    /** The recommendation click that earned each attributed purchase (the last one within the window). */
    Map<Happening, Happening> attribution() {
        Map<Happening, Happening> earned = new HashMap<>();
        for (Happening purchase : happenings) {
            if (!purchase.type().equals("purchase")) {
                continue;
            }
            Happening last = null;
            for (Happening click : happenings) {
                if (click.isRecommendationClick()
                        && click.user().equals(purchase.user())
                        && click.product().equals(purchase.product())
                        && !click.at().isAfter(purchase.at())
                        && !click.at().isBefore(purchase.at().minus(ATTRIBUTION))
                        && (last == null || click.at().isAfter(last.at()))) {
                    last = click;
                }
            }
            if (last != null) {
                earned.put(purchase, last);
            }
        }
        return earned;
    }
}
