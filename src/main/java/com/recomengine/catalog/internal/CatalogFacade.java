package com.recomengine.catalog.internal;

import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductPage;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/** The {@link Catalog} facade: reads from memory where it can, imports in chunks through {@link ProductWrites}. */
@Service
@RequiredArgsConstructor
class CatalogFacade implements Catalog {

    private final CatalogCaches caches;
    private final ProductStore store;
    private final ProductReader reader;
    private final ProductWrites writes;
    private final CatalogProperties properties;
    private final ProductSearch search;

    @Override
    public boolean isAvailable(TenantId tenant, String productId) {
        return caches.isAvailable(tenant, productId);
    }

    @Override
    public Predicate<String> availability(TenantId tenant) {
        return caches.availability(tenant);
    }

    @Override
    public Set<String> availableAmong(TenantId tenant, Collection<String> productIds) {
        return caches.availableAmong(tenant, productIds);
    }

    @Override
    public Map<String, ProductSummary> products(TenantId tenant, Collection<String> productIds) {
        return caches.summaries(tenant, productIds);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachProduct(TenantId tenant, Consumer<ProductSummary> action) {
        store.forEach(tenant, product -> action.accept(product.summary()));
    }

    @Override
    public long productCount(TenantId tenant) {
        return store.count(tenant);
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage search(
            TenantId tenant,
            @Nullable String text,
            @Nullable String category,
            @Nullable Boolean available,
            int page,
            int size) {
        ProductQuery query = new ProductQuery(
                text,
                category == null || category.isBlank() ? List.of() : List.of(category),
                available,
                null,
                null,
                page,
                size,
                ProductQuery.Order.parse(null, text != null && !text.isBlank()));
        ProductSearchPage found = search.page(tenant, query);
        return new ProductPage(
                found.data().stream().map(ProductView::summary).toList(),
                found.page().totalElements(),
                found.page().number(),
                found.page().size(),
                found.page().totalPages(),
                found.facets().category().stream()
                        .map(f -> new ProductPage.CategoryCount(f.value(), f.count()))
                        .toList(),
                found.approximate());
    }

    @Override
    public BatchReport importCsv(TenantId tenant, InputStream csv) {
        CsvReader rows = new CsvReader(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16));
        try {
            List<String> header = rows.next();
            if (header == null) {
                throw Problems.invalid("header", "the CSV is empty; its first line must name the columns");
            }
            CsvFeed feed = CsvFeed.of(header);
            Chunks chunks = new Chunks(tenant);
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                ObjectNode product = feed.product(row);
                chunks.add(
                        product != null
                                ? reader.read(product)
                                : new ProductReader.Checked(
                                        null,
                                        null,
                                        List.of(new FieldError(
                                                "row", "has " + row.size() + " columns, the header " + feed.width()))));
            }
            return chunks.finish();
        } catch (UncheckedIOException e) {
            throw Problems.badRequest(
                    "Could not read the CSV: " + e.getCause().getMessage() + " Rows before that point were imported.");
        }
    }

    /** Feeds read rows to {@link ProductWrites} a chunk at a time: each chunk one transaction and one event. */
    private final class Chunks {

        private final TenantId tenant;
        private final List<ProductReader.Checked> pending = new ArrayList<>();
        private int written;
        private BatchReport total = BatchReport.empty();

        Chunks(TenantId tenant) {
            this.tenant = tenant;
        }

        void add(ProductReader.Checked item) {
            pending.add(item);
            if (pending.size() >= properties.importChunkSize()) {
                flush();
            }
        }

        BatchReport finish() {
            flush();
            return total;
        }

        private void flush() {
            if (!pending.isEmpty()) {
                total = BatchTally.merge(
                        total, writes.write(tenant, List.copyOf(pending), written), properties.maxReportedItems());
                written += pending.size();
                pending.clear();
            }
        }
    }
}
