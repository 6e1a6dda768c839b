package com.recomengine.widgets.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.recomengine.platform.AfterCommit;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Widget configurations on the read paths (config endpoint, render, placement strategy), from memory: each entry is
 * read again in the background after 40 % of {@code config-max-age} and dropped after all of it, so a change made on
 * another instance shows within that time (1 s by default) without any query on the request path; a change made here
 * evicts its entry once committed. Unknown placements are remembered too, for the same time.
 */
@Component
public class PublishedWidgets {

    private record Key(UUID tenantId, String placementId) {}

    private final LoadingCache<Key, Optional<PublishedWidget>> widgets;
    private final CacheControl clientCache;

    PublishedWidgets(WidgetRepository repository, JsonMapper json, WidgetsProperties properties) {
        this.widgets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .refreshAfterWrite(properties.configMaxAge().multipliedBy(2).dividedBy(5))
                .expireAfterWrite(properties.configMaxAge())
                .build(key -> TenantScope.call(
                        new TenantId(key.tenantId()),
                        () -> repository
                                .findByTenantIdAndPlacementId(key.tenantId(), key.placementId())
                                .map(widget -> publish(widget, json))));
        this.clientCache = CacheControl.maxAge(properties.clientMaxAge()).cachePublic();
    }

    /** How long browsers and shared caches may keep a configuration ({@code public, max-age=60} by default). */
    public CacheControl clientCacheControl() {
        return clientCache;
    }

    public Optional<PublishedWidget> find(TenantId tenant, String placementId) {
        return widgets.get(new Key(tenant.value(), placementId));
    }

    /** Drops the entry when the current transaction commits (at once outside a transaction). */
    void evictAfterCommit(TenantId tenant, String placementId) {
        Key key = new Key(tenant.value(), placementId);
        AfterCommit.run(() -> widgets.invalidate(key));
    }

    void evictTenant(TenantId tenant) {
        widgets.asMap().keySet().removeIf(key -> key.tenantId().equals(tenant.value()));
    }

    private static PublishedWidget publish(Widget widget, JsonMapper json) {
        byte[] body = json.writeValueAsBytes(WidgetView.of(widget));
        return new PublishedWidget(widget.spec(), body, etagOf(body));
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
