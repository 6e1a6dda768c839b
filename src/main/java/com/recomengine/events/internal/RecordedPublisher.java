package com.recomengine.events.internal;

import com.recomengine.events.InteractionsRecorded;
import com.recomengine.events.internal.IncomingInteraction.RowKey;
import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes one {@link InteractionsRecorded} per tenant of a flush, inside the flush's transaction, so that the
 * publication registry stores it atomically with the rows. A flush holds whole batches, so this is at most one
 * application event per accepted batch, and often one for many.
 */
@Component
class RecordedPublisher {

    private final ApplicationEventPublisher events;

    RecordedPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    void publish(List<IncomingInteraction> rows, Set<RowKey> inserted) {
        Map<TenantId, Touched> byTenant = new LinkedHashMap<>();
        for (IncomingInteraction row : rows) {
            if (inserted.contains(row.rowKey())) {
                byTenant.computeIfAbsent(row.tenant(), t -> new Touched()).add(row);
            }
        }
        byTenant.forEach((tenant, touched) -> events.publishEvent(new InteractionsRecorded(tenant,
                Set.copyOf(touched.users), Set.copyOf(touched.products), touched.count, touched.earliest,
                touched.latest)));
    }

    private static final class Touched {
        final Set<String> users = new LinkedHashSet<>();
        final Set<String> products = new LinkedHashSet<>();
        int count;
        Instant earliest = Instant.MAX;
        Instant latest = Instant.MIN;

        void add(IncomingInteraction row) {
            users.add(row.userId());
            if (row.productId() != null) {
                products.add(row.productId());
            }
            count++;
            earliest = row.timestamp().isBefore(earliest) ? row.timestamp() : earliest;
            latest = row.timestamp().isAfter(latest) ? row.timestamp() : latest;
        }
    }
}
