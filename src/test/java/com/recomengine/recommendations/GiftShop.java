package com.recomengine.recommendations;

import static com.recomengine.recommendations.RecommendationsHttpTest.product;
import static com.recomengine.recommendations.RecommendationsHttpTest.purchase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built shop whose right answers are known:
 * <ul>
 *   <li>teapot and tea tin are bought together in three orders, lamp and bulb in three others (three days ago);
 *       alice bought the teapot alone: collaborative gives her the tea tin, bought-together gives it for the teapot;
 *   <li>the three enamel mugs share their words (and the green one has no interactions): content-based;
 *   <li>three shoppers bought the candle in the last hour, nothing else is recent: trending;
 *   <li>the bulb has the most buyers over 30 days (six): popular;
 *   <li>sixteen unrelated products keep the shared words rare enough to count (at most 20 % of the catalog).
 * </ul>
 */
public final class GiftShop {

    static final List<String> FILLER = List.of(
            "Garden Gnome",
            "Wool Blanket",
            "Photo Frame",
            "Jigsaw Puzzle",
            "Umbrella Stand",
            "Door Mat",
            "Bird Feeder",
            "Picnic Basket",
            "Wall Clock",
            "Jewellery Box",
            "Herb Planter",
            "Silk Scarf",
            "Chess Set",
            "Hot Water Bottle",
            "Cake Stand",
            "Paper Lantern");

    private GiftShop() {}

    public static List<Map<String, Object>> catalog() {
        List<Map<String, Object>> products = new ArrayList<>(List.of(
                product("teapot", "Porcelain Teapot", "Kitchen", 25),
                product("tea-tin", "Loose Leaf Tea Tin", "Kitchen", 6),
                product("mug-red", "Red Enamel Mug", "Kitchen", 8),
                product("mug-blue", "Blue Enamel Mug", "Kitchen", 8),
                product("mug-green", "Green Enamel Mug", "Kitchen", 8),
                product("lamp", "Brass Desk Lamp", "Lighting", 30),
                product("bulb", "Warm LED Bulb", "Lighting", 5),
                product("candle", "Scented Soy Candle", "Home", 12)));
        for (int i = 0; i < FILLER.size(); i++) {
            products.add(product("f" + i, FILLER.get(i), "Gifts " + i, 10 + i));
        }
        return products;
    }

    public static List<Map<String, Object>> history(Instant now) {
        Instant daysAgo = now.minus(Duration.ofDays(3));
        Instant hourAgo = now.minus(Duration.ofHours(1));
        List<Map<String, Object>> events = new ArrayList<>();
        for (String user : List.of("u1", "u2", "u3")) {
            events.add(purchase(user, "teapot", "o-" + user, daysAgo));
            events.add(purchase(user, "tea-tin", "o-" + user, daysAgo));
        }
        events.add(purchase("u3", "mug-red", "o-u3", daysAgo));
        for (String user : List.of("u4", "u5", "u6")) {
            events.add(purchase(user, "lamp", "o-" + user, daysAgo));
            events.add(purchase(user, "bulb", "o-" + user, daysAgo));
        }
        for (String user : List.of("p1", "p2", "p3")) {
            events.add(purchase(user, "bulb", "o-" + user, now.minus(Duration.ofDays(5))));
        }
        events.add(purchase("alice", "teapot", "o-alice", daysAgo));
        events.add(purchase("u1", "mug-blue", "o-u1-later", daysAgo.plusSeconds(3600)));
        for (String user : List.of("t1", "t2", "t3")) {
            events.add(purchase(user, "candle", "o-" + user, hourAgo));
        }
        return events;
    }
}
