package com.recomengine.demo.web;

import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The demo store's products, straight from the catalog's {@code products} table while the catalog module has no
 * facade call for a shop front (swap these two queries for it then). No table yet means an empty shelf.
 */
@Component
class DemoShelf {

    record Product(String productId, String name, @Nullable String category, @Nullable BigDecimal price,
                   @Nullable String currency, @Nullable String imageUrl) {}

    private static final String COLUMNS = "product_id, name, category, price, currency, image_url";
    private static final RowMapper<Product> PRODUCT = (rs, n) -> new Product(rs.getString("product_id"),
            rs.getString("name"), rs.getString("category"), rs.getBigDecimal("price"), rs.getString("currency"),
            rs.getString("image_url"));

    private final JdbcTemplate jdbc;

    DemoShelf(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A varied but stable handful of available, priced products. */
    List<Product> featured(TenantId tenant, int limit) {
        if (!catalogExists()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM products WHERE tenant_id = ? AND available "
                + "AND deleted_at IS NULL AND price IS NOT NULL ORDER BY md5(product_id) LIMIT ?",
                PRODUCT, tenant.value(), limit);
    }

    Optional<Product> find(TenantId tenant, String productId) {
        if (!catalogExists()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM products WHERE tenant_id = ? AND product_id = ? "
                + "AND deleted_at IS NULL", PRODUCT, tenant.value(), productId).stream().findFirst();
    }

    private boolean catalogExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass('products') IS NOT NULL", Boolean.class));
    }
}
