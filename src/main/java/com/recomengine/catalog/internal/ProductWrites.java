package com.recomengine.catalog.internal;

import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.ProductsChanged;
import com.recomengine.catalog.ProductsRemoved;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.web.IfMatch;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Every change to products: single writes, batches, deletes. Each call is one transaction that writes through the
 * version guard, learns the new words for search, publishes one {@link ProductsChanged} or {@link ProductsRemoved}
 * and, after commit, updates the in-memory availability and caches.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProductWrites {

    private final ProductStore store;
    private final ProductReader reader;
    private final ProductPatch patches;
    private final VersionClock clock;
    private final CatalogCaches caches;
    private final ApplicationEventPublisher events;
    private final CatalogProperties properties;

    /** A single write's outcome: the product as stored, and whether the call created it. */
    public record Written(ProductView product, boolean created) {}

    /** {@code POST /products}: creates a product that does not exist (409 when it does). */
    @Transactional
    public ProductView create(TenantId tenant, JsonNode body) {
        ProductDraft draft = stamped(valid(reader.read(body)));
        if (store.upsert(tenant, List.of(draft), ProductStore.ABSENT).isEmpty()) {
            ProductStore.Stored stored =
                    store.stored(tenant, List.of(draft.productId())).get(draft.productId());
            if (stored != null && stored.deleted()) {
                throw new StaleWrite(draft.productId(), draft.version(), stored.dataVersion(), true);
            }
            throw Problems.conflict("Product '" + draft.productId() + "' already exists; PUT replaces it.");
        }
        return changed(tenant, draft);
    }

    /**
     * {@code PUT /products/{id}}: creates or replaces, unless a newer version is stored (409); with {@code If-Match},
     * only a live product at a version it accepts is replaced (412 otherwise, and when there is none).
     */
    @Transactional
    public Written put(TenantId tenant, String productId, JsonNode body, IfMatch ifMatch) {
        if (ifMatch.present() && lockedIfMatched(tenant, productId, ifMatch).isEmpty()) {
            ifMatch.requireNone();
        }
        ProductDraft draft = stamped(valid(reader.read(patches.withPathId(body, productId))));
        Map<String, ProductStore.Applied> written = store.upsert(tenant, List.of(draft), ProductStore.NEWER);
        if (written.isEmpty()) {
            ProductStore.Stored stored =
                    store.stored(tenant, List.of(productId)).get(productId);
            if (stored == null || stored.dataVersion() != draft.version() || stored.deleted()) {
                throw new StaleWrite(
                        productId,
                        draft.version(),
                        stored == null ? 0 : stored.dataVersion(),
                        stored != null && stored.deleted());
            }
            return new Written(current(tenant, productId), false);
        }
        return new Written(changed(tenant, draft), written.get(productId).inserted());
    }

    /** {@code PATCH /products/{id}}: a JSON merge patch (RFC 7396) of a live product, under a row lock. */
    @Transactional
    public ProductView patch(TenantId tenant, String productId, JsonNode patch, IfMatch ifMatch) {
        ProductView before =
                lockedIfMatched(tenant, productId, ifMatch).orElseThrow(() -> Problems.notFound("Product", productId));
        ProductDraft draft = valid(reader.read(patches.apply(before, patch)));
        if (!patches.carriesVersion(patch)) {
            draft = draft.withVersion(Math.max(clock.next(), before.dataVersion() + 1));
        } else if (draft.version() == before.dataVersion()) {
            return before;
        } else if (draft.version() < before.dataVersion()) {
            throw new StaleWrite(productId, draft.version(), before.dataVersion(), false);
        }
        store.upsert(tenant, List.of(draft), ProductStore.NEWER);
        return changed(tenant, draft);
    }

    /** {@code DELETE /products/{id}}: 404 when there is no live product, 409 when a newer version is stored. */
    @Transactional
    public void delete(TenantId tenant, String productId, @Nullable Long dataVersion, IfMatch ifMatch) {
        if (ifMatch.present() && lockedIfMatched(tenant, productId, ifMatch).isEmpty()) {
            throw Problems.notFound("Product", productId);
        }
        long version = dataVersion != null ? dataVersion : clock.next();
        if (store.delete(tenant, List.of(productId), version).isEmpty()) {
            ProductStore.Stored stored =
                    store.stored(tenant, List.of(productId)).get(productId);
            if (stored == null || stored.deleted()) {
                throw Problems.notFound("Product", productId);
            }
            throw new StaleWrite(productId, version, stored.dataVersion(), false);
        }
        removed(tenant, Set.of(productId));
    }

    /** {@code POST /products/batch}: every item validated and reported by index; the valid ones upserted. */
    @Transactional
    public BatchReport upsert(TenantId tenant, List<@Nullable JsonNode> products) {
        requireBatchSize("products", products.size());
        return write(tenant, products.stream().map(reader::read).toList(), 0);
    }

    /**
     * Upserts read items in one statement. Within the request, a product id that appears again keeps its highest
     * version (the later item on a tie); the others are reported as duplicate or stale, like stored versions.
     */
    @Transactional
    public BatchReport write(TenantId tenant, List<ProductReader.Checked> items, int indexOffset) {
        BatchTally tally = new BatchTally(indexOffset);
        ProductDraft[] drafts = new ProductDraft[items.size()];
        Map<String, Integer> winners = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ProductReader.Checked item = items.get(i);
            if (!item.valid()) {
                tally.rejected(i, item.productId(), FieldError.describe(item.errors()));
                continue;
            }
            drafts[i] = stamped(item.draft());
            Integer earlier = winners.putIfAbsent(drafts[i].productId(), i);
            if (earlier != null) {
                int loser = drafts[i].version() >= drafts[earlier].version() ? earlier : i;
                int winner = loser == i ? earlier : i;
                winners.put(drafts[i].productId(), winner);
                StoredVersions.superseded(tally, drafts, loser, winner);
            }
        }
        List<ProductDraft> candidates =
                winners.values().stream().map(i -> drafts[i]).toList();
        Map<String, ProductStore.Applied> written = store.upsert(tenant, candidates, ProductStore.NEWER);
        reportUnwritten(tenant, tally, drafts, winners, written);
        if (!written.isEmpty()) {
            Map<String, Boolean> availability = new HashMap<>();
            written.forEach((id, applied) -> availability.put(id, applied.available()));
            store.learnTerms(tenant, written.keySet());
            events.publishEvent(new ProductsChanged(tenant, Set.copyOf(written.keySet())));
            caches.afterCommit(tenant, availability, Set.of());
        }
        return tally.report(written.size());
    }

    /**
     * {@code POST /products/batch-delete}: deletes live products older than {@code dataVersion} (stamped now when
     * absent); ids that are not there are reported {@code not_found}, newer ones {@code stale}.
     */
    @Transactional
    public BatchReport deleteAll(TenantId tenant, List<@Nullable String> productIds, @Nullable Long dataVersion) {
        requireBatchSize("productIds", productIds.size());
        long version = dataVersion != null ? dataVersion : clock.next();
        BatchTally tally = new BatchTally(0);
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (int i = 0; i < productIds.size(); i++) {
            String id = productIds.get(i);
            FieldError error = id == null ? new FieldError("productId", "is required") : ProductReader.checkId(id);
            if (error != null) {
                tally.rejected(i, null, error.field() + ": " + error.message());
            } else if (wanted.containsKey(id)) {
                tally.duplicate(i, id, "repeats index " + wanted.get(id) + " of this request");
            } else {
                wanted.put(id, i);
            }
        }
        Set<String> deleted = store.delete(tenant, wanted.keySet(), version);
        List<String> missed =
                wanted.keySet().stream().filter(id -> !deleted.contains(id)).toList();
        Map<String, ProductStore.Stored> stored = store.stored(tenant, missed);
        StoredVersions.notDeleted(tally, wanted, missed, stored, version);
        if (!deleted.isEmpty()) {
            removed(tenant, deleted);
        }
        return tally.report(deleted.size());
    }

    private void reportUnwritten(
            TenantId tenant,
            BatchTally tally,
            ProductDraft[] drafts,
            Map<String, Integer> winners,
            Map<String, ProductStore.Applied> written) {
        List<String> unwritten =
                winners.keySet().stream().filter(id -> !written.containsKey(id)).toList();
        Map<String, ProductStore.Stored> stored = store.stored(tenant, unwritten);
        StoredVersions.notWritten(tally, drafts, winners, unwritten, stored);
    }

    private ProductView changed(TenantId tenant, ProductDraft draft) {
        store.learnTerms(tenant, List.of(draft.productId()));
        events.publishEvent(new ProductsChanged(tenant, Set.of(draft.productId())));
        caches.afterCommit(tenant, Map.of(draft.productId(), draft.product().available()), Set.of());
        return current(tenant, draft.productId());
    }

    private void removed(TenantId tenant, Set<String> productIds) {
        events.publishEvent(new ProductsRemoved(tenant, Set.copyOf(productIds)));
        caches.afterCommit(tenant, Map.of(), new LinkedHashSet<>(productIds));
    }

    /**
     * The live product, its row locked until commit so that no other write comes between, once {@code If-Match}
     * accepts its version (412 otherwise); empty when there is no live product.
     */
    private Optional<ProductView> lockedIfMatched(TenantId tenant, String productId, IfMatch ifMatch) {
        Optional<ProductView> live = store.findForUpdate(tenant, productId);
        live.ifPresent(product -> ifMatch.require(product.dataVersion()));
        return live;
    }

    private ProductView current(TenantId tenant, String productId) {
        return store.find(tenant, productId).orElseThrow(() -> Problems.notFound("Product", productId));
    }

    private ProductDraft stamped(ProductDraft draft) {
        return draft.dataVersion() != null ? draft : draft.withVersion(clock.next());
    }

    private static ProductDraft valid(ProductReader.Checked checked) {
        if (!checked.valid()) {
            throw new InvalidProduct(checked.errors());
        }
        return checked.draft();
    }

    private void requireBatchSize(String field, int size) {
        if (size > properties.maxBatchSize()) {
            throw Problems.invalid(field, "at most " + properties.maxBatchSize() + " items per request, got " + size);
        }
    }
}
