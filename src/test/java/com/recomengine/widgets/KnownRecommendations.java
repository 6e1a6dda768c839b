package com.recomengine.widgets;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.Recommendations;
import com.recomengine.recommendations.RecommendedItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A recommendation engine with known answers, standing in for the real one (built in another module): the same
 * 30 items for everyone, among them a hostile name, relative and unsafe URLs, a long reason and an item without a
 * price. It remembers the last request so tests can check what the widgets module asked for.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KnownRecommendations {

    public static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    public static final String LONG_REASON =
            "Because you viewed Hand-thrown stoneware mug with a speckled glaze, set of four";
    public static final String ODD_ID = "sku 3/ä";
    public static final UUID EXPERIMENT = UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");

    private static final AtomicReference<RecommendationRequest> LAST = new AtomicReference<>();
    private static final List<RecommendedItem> ITEMS = items();

    @Bean
    @Primary
    Recommendations fixedRecommendations() {
        return request -> {
            LAST.set(request);
            boolean inExperiment = request.assignmentId() != null;
            return new RecommendationResult(
                    ITEMS,
                    UUID.randomUUID().toString(),
                    "collaborative",
                    request.placementId(),
                    inExperiment ? EXPERIMENT : null,
                    inExperiment ? "variant" : null,
                    "miss",
                    0);
        };
    }

    public static RecommendationRequest lastRequest() {
        return LAST.get();
    }

    private static List<RecommendedItem> items() {
        List<RecommendedItem> items = new ArrayList<>();
        items.add(new RecommendedItem(
                "sku-1",
                "Trail running shoes",
                "https://cdn.shop.test/img/1.jpg",
                "https://shop.test/p/sku-1",
                new BigDecimal("89.9000"),
                "EUR",
                0.98,
                "Because you viewed Hiking socks",
                List.of()));
        items.add(new RecommendedItem(
                "sku-2", HOSTILE_NAME, null, "/p/sku-2", new BigDecimal("2.5"), "GBP", 0.9, LONG_REASON, List.of()));
        items.add(new RecommendedItem(
                ODD_ID, "x".repeat(400), "javascript:alert(1)", null, null, null, 0.8, "Trending now", List.of()));
        for (int i = 4; i <= 30; i++) {
            items.add(new RecommendedItem(
                    "sku-" + i,
                    "Product " + i,
                    "//cdn.shop.test/img/" + i + ".jpg",
                    null,
                    new BigDecimal(i),
                    "USD",
                    1.0 / i,
                    "Popular",
                    List.of()));
        }
        return List.copyOf(items);
    }
}
