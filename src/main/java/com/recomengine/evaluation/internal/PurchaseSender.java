package com.recomengine.evaluation.internal;

import com.recomengine.events.ImportTotals;
import com.recomengine.events.InteractionImport;
import com.recomengine.events.InteractionType;
import com.recomengine.events.NewInteraction;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.recommendations.model.eval.RetailLog;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Sends the train purchases of {@code make eval} through the real ingestion, as the demo's purchase history goes:
 * a {@code purchase} event of the customer for the stock code, with its invoice ({@code metadata.orderId}) and the
 * line's amount ({@code metadata.revenue}), and an event id made of invoice and stock code.
 */
@Component
@RequiredArgsConstructor
class PurchaseSender {

    private final InteractionImport imports;

    /** Sends these purchases at their (already shifted) times. */
    ImportTotals send(TenantId tenant, Collection<Purchase> purchases) {
        return imports.ingest(tenant, purchases.stream().map(PurchaseSender::interaction));
    }

    private static NewInteraction interaction(Purchase p) {
        Instant at = p.time().toInstant(ZoneOffset.UTC);
        return new NewInteraction(
                InteractionType.PURCHASE,
                p.customer(),
                p.product(),
                null,
                "retail:" + p.invoice() + ":" + p.product(),
                at,
                p.revenue() == null
                        ? Map.of("orderId", p.invoice())
                        : Map.of("orderId", p.invoice(), "revenue", p.revenue(), "currency", RetailLog.CURRENCY));
    }
}
