package com.recomengine.catalog.internal;

import com.recomengine.platform.ClusterMessages;
import com.recomengine.shared.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances which products changed, over the platform's {@link ClusterMessages}, so that their
 * in-memory availability sets and caches follow within milliseconds. A lost message is made good by the periodic
 * background reload of the availability sets and the short life of the other caches.
 */
@Component
class ChangeBroadcast {

    static final String KIND = "catalog.changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcast.class);
    private static final String EVERYTHING = "*";
    private static final int MAX_IDS = 10_000;

    /** Another instance changed these products of the tenant ({@code everything}: too many to list). */
    record RemoteChange(TenantId tenant, Set<String> productIds, boolean everything) {}

    private final ClusterMessages cluster;
    private volatile Consumer<RemoteChange> receiver = change -> {};

    ChangeBroadcast(ClusterMessages cluster) {
        this.cluster = cluster;
        cluster.onMessage(KIND, this::receive);
    }

    void onRemoteChange(Consumer<RemoteChange> receiver) {
        this.receiver = receiver;
    }

    void publish(TenantId tenant, Collection<String> productIds) {
        if (productIds.size() > MAX_IDS) {
            publishAll(tenant);
            return;
        }
        List<String> fields = new ArrayList<>(productIds.size() + 1);
        fields.add(tenant.toString());
        fields.addAll(productIds);
        cluster.send(KIND, fields);
    }

    /** Everything of the tenant changed (e.g. its catalog was purged). */
    void publishAll(TenantId tenant) {
        cluster.send(KIND, List.of(tenant.toString(), EVERYTHING));
    }

    private void receive(List<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        try {
            TenantId tenant = TenantId.of(fields.getFirst());
            List<String> ids = fields.subList(1, fields.size());
            boolean everything = ids.size() == 1 && ids.getFirst().equals(EVERYTHING);
            receiver.accept(new RemoteChange(tenant, everything ? Set.of() : new LinkedHashSet<>(ids), everything));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring a malformed catalog change message: {}", e.getMessage());
        }
    }
}
