package com.recomengine.demo.web;

import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.ProductSummary;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The demo store's products. One product comes from the catalog facade; the shelf of the home page is one JDBC
 * query on the catalog's {@code products} table, since the facade has no "a handful for a shop front" call yet
 * (swap it for one when it does).
 */
@Component
@RequiredArgsConstructor
class DemoShelf {

    record Product(
            String productId,
            String name,
            @Nullable String category,
            @Nullable BigDecimal price,
            @Nullable String currency,
            @Nullable String imageUrl) {}

    private static final RowMapper<Product> PRODUCT = (rs, n) -> new Product(
            rs.getString("product_id"),
            rs.getString("name"),
            rs.getString("category"),
            rs.getBigDecimal("price"),
            rs.getString("currency"),
            rs.getString("image_url"));

    private final JdbcTemplate jdbc;
    private final Catalog catalog;

    /** A varied but stable handful of available, priced products. */
    List<Product> featured(TenantId tenant, int limit) {
        // The demo store's pages are public: they read the demo tenant's catalog in its scope.
        return TenantScope.call(
                tenant,
                () -> jdbc.query(
                        "SELECT product_id, name, category, price, currency, image_url FROM products "
                                + "WHERE tenant_id = ? AND available AND deleted_at IS NULL AND price IS NOT NULL "
                                + "ORDER BY md5(product_id) LIMIT ?",
                        PRODUCT,
                        tenant.value(),
                        limit));
    }

    Optional<Product> find(TenantId tenant, String productId) {
        return Optional.ofNullable(TenantScope.call(tenant, () -> catalog.products(tenant, List.of(productId)))
                        .get(productId))
                .map(DemoShelf::of);
    }

    private static Product of(ProductSummary p) {
        return new Product(p.productId(), p.name(), p.category(), p.price(), p.currency(), p.imageUrl());
    }
}
