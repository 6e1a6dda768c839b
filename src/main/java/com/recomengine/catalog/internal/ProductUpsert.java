package com.recomengine.catalog.internal;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.shared.TenantId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The statement that writes a batch of products in one round trip: each column as an array, unnested and inserted
 * in id order (so that concurrent batches lock rows in the same order), updated where a guard on the versions holds.
 */
final class ProductUpsert {

    private static final String UPSERT = """
            INSERT INTO products (tenant_id, product_id, name, category, price, currency, image_url, url, attributes,
                                  available, data_version)
            SELECT ?, u.product_id, u.name, u.category, u.price, u.currency, u.image_url, u.url, u.attributes::jsonb,
                   u.available, u.data_version
            FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::text[], ?::boolean[], ?::bigint[])
                 AS u(product_id, name, category, price, currency, image_url, url, attributes, available, data_version)
            ORDER BY u.product_id
            ON CONFLICT (tenant_id, product_id) DO UPDATE
            SET name = excluded.name, category = excluded.category, price = excluded.price,
                currency = excluded.currency, image_url = excluded.image_url, url = excluded.url,
                attributes = excluded.attributes, available = excluded.available,
                data_version = excluded.data_version, updated_at = now(), deleted_at = NULL
            WHERE %s
            RETURNING product_id, available, xmax = 0""";

    private ProductUpsert() {}

    /** The upsert of {@code drafts}, one array a column, whose update applies where {@code guard} holds. */
    static PreparedStatement statement(Connection con, TenantId tenant, List<ProductDraft> drafts, String guard)
            throws SQLException {
        int n = drafts.size();
        String[] ids = new String[n], names = new String[n], categories = new String[n], currencies = new String[n];
        String[] images = new String[n], urls = new String[n], attributes = new String[n];
        BigDecimal[] prices = new BigDecimal[n];
        Boolean[] available = new Boolean[n];
        Long[] versions = new Long[n];
        for (int i = 0; i < n; i++) {
            ProductDraft d = drafts.get(i);
            ProductSummary p = d.product();
            ids[i] = p.productId();
            names[i] = p.name();
            categories[i] = p.category();
            prices[i] = p.price();
            currencies[i] = p.currency();
            images[i] = p.imageUrl();
            urls[i] = p.url();
            attributes[i] = p.attributesJson();
            available[i] = p.available();
            versions[i] = d.version();
        }
        PreparedStatement ps = con.prepareStatement(UPSERT.formatted(guard));
        ps.setObject(1, tenant.value());
        ps.setArray(2, con.createArrayOf("varchar", ids));
        ps.setArray(3, con.createArrayOf("varchar", names));
        ps.setArray(4, con.createArrayOf("varchar", categories));
        ps.setArray(5, con.createArrayOf("numeric", prices));
        ps.setArray(6, con.createArrayOf("varchar", currencies));
        ps.setArray(7, con.createArrayOf("varchar", images));
        ps.setArray(8, con.createArrayOf("varchar", urls));
        ps.setArray(9, con.createArrayOf("text", attributes));
        ps.setArray(10, con.createArrayOf("boolean", available));
        ps.setArray(11, con.createArrayOf("bigint", versions));
        return ps;
    }
}
