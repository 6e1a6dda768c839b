package com.recomengine.recommendations.internal;

import com.recomengine.catalog.Catalog;
import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionType;
import com.recomengine.events.Interactions;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A tenant's purchases of the history window as the offline evaluator reads them, oldest first: the product's
 * catalog name as its description, the order (else session, else the purchase itself) as its invoice.
 */
@Component
@RequiredArgsConstructor
class TenantPurchases {

    private final Interactions interactions;
    private final Catalog catalog;
    private final TrainingData training;
    private final RecommendationsProperties properties;

    List<Purchase> of(TenantId tenant) {
        Map<String, String> names = new HashMap<>();
        catalog.forEachProduct(tenant, product -> names.put(product.productId(), product.name()));
        Instant now = Instant.now();
        List<Purchase> purchases = new ArrayList<>();
        interactions.forEach(tenant, now.minus(properties.maxHistory()), now.plus(Duration.ofMinutes(5)), i -> {
            if (i.type() == InteractionType.PURCHASE && i.productId() != null) {
                purchases.add(new Purchase(
                        i.userId(),
                        i.productId(),
                        names.getOrDefault(i.productId(), ""),
                        invoice(i),
                        LocalDateTime.ofInstant(i.timestamp(), ZoneOffset.UTC)));
            }
        });
        purchases.sort(Comparator.comparing(Purchase::time));
        return purchases;
    }

    private String invoice(Interaction purchase) {
        String basket = training.basket(purchase);
        return basket != null ? basket : "p:" + purchase.userId() + "\u0000" + purchase.timestamp();
    }
}
