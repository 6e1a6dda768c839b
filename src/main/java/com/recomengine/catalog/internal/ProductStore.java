package com.recomengine.catalog.internal;

import com.recomengine.shared.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The products table through plain JDBC: whole batches go in one statement over arrays ({@code unnest}), and the
 * version guard lives in that statement, so that concurrent writers of the same product resolve in the database.
 */
@Repository
@RequiredArgsConstructor
class ProductStore {

    static final String COLUMNS = "product_id, name, category, price, currency, image_url, url, "
            + "attributes::text AS attributes, available, data_version, created_at, updated_at";

    static final RowMapper<ProductView> VIEW = (rs, i) -> new ProductView(
            rs.getString("product_id"),
            rs.getString("name"),
            rs.getString("category"),
            ProductView.plain(rs.getBigDecimal("price")),
            rs.getString("currency"),
            rs.getString("image_url"),
            rs.getString("url"),
            rs.getString("attributes"),
            rs.getBoolean("available"),
            rs.getLong("data_version"),
            instant(rs, "created_at"),
            instant(rs, "updated_at"));

    /** Newer versions win; equal and older ones leave the row alone. Tombstones are revived by a newer version. */
    static final String NEWER = "excluded.data_version > products.data_version";

    /** A create succeeds only where there is no product, or a tombstone older than the create. */
    static final String ABSENT = "products.deleted_at IS NOT NULL AND excluded.data_version > products.data_version";

    private final JdbcTemplate jdbc;

    /** Writes the drafts whose version passes {@code guard}; answers what was written, by product id. */
    Map<String, Applied> upsert(TenantId tenant, List<ProductDraft> drafts, String guard) {
        Map<String, Applied> written = new LinkedHashMap<>();
        if (drafts.isEmpty()) {
            return written;
        }
        jdbc.query(con -> ProductUpsert.statement(con, tenant, drafts, guard), rs -> {
            written.put(rs.getString(1), new Applied(rs.getBoolean(2), rs.getBoolean(3)));
        });
        return written;
    }

    /** A written row: its availability now, and whether it was a new row rather than an update. */
    record Applied(boolean available, boolean inserted) {}

    /**
     * Marks live products older than {@code version} deleted (tombstones carrying that version), locking them in id
     * order like the upsert does, so that concurrent batches cannot deadlock. Answers the ids deleted.
     */
    Set<String> delete(TenantId tenant, Collection<String> productIds, long version) {
        Set<String> deleted = new HashSet<>();
        if (productIds.isEmpty()) {
            return deleted;
        }
        jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("""
                    WITH doomed AS (SELECT product_id FROM products
                                    WHERE tenant_id = ? AND product_id = ANY(?) AND deleted_at IS NULL
                                      AND data_version < ?
                                    ORDER BY product_id FOR UPDATE)
                    UPDATE products p SET deleted_at = now(), updated_at = now(), data_version = ?
                    FROM doomed WHERE p.tenant_id = ? AND p.product_id = doomed.product_id
                    RETURNING p.product_id""");
                    ps.setObject(1, tenant.value());
                    ps.setArray(2, textArray(con, productIds));
                    ps.setLong(3, version);
                    ps.setLong(4, version);
                    ps.setObject(5, tenant.value());
                    return ps;
                },
                rs -> {
                    deleted.add(rs.getString(1));
                });
        return deleted;
    }

    /** Stored versions of the given ids, tombstones included (a tombstone's version is its delete's). */
    Map<String, Stored> stored(TenantId tenant, Collection<String> productIds) {
        Map<String, Stored> found = new HashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        jdbc.query(
                con -> {
                    PreparedStatement ps =
                            con.prepareStatement("SELECT product_id, data_version, deleted_at IS NOT NULL "
                                    + "FROM products WHERE tenant_id = ? AND product_id = ANY(?)");
                    ps.setObject(1, tenant.value());
                    ps.setArray(2, textArray(con, productIds));
                    return ps;
                },
                rs -> {
                    found.put(rs.getString(1), new Stored(rs.getLong(2), rs.getBoolean(3)));
                });
        return found;
    }

    record Stored(long dataVersion, boolean deleted) {}

    Optional<ProductView> find(TenantId tenant, String productId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM products WHERE tenant_id = ? AND product_id = ? "
                                + "AND deleted_at IS NULL",
                        VIEW,
                        tenant.value(),
                        productId)
                .stream()
                .findFirst();
    }

    /** The live product, locked until the transaction ends (a read-modify-write such as PATCH). */
    Optional<ProductView> findForUpdate(TenantId tenant, String productId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM products WHERE tenant_id = ? AND product_id = ? "
                                + "AND deleted_at IS NULL FOR UPDATE",
                        VIEW,
                        tenant.value(),
                        productId)
                .stream()
                .findFirst();
    }

    List<ProductView> findAll(TenantId tenant, Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("SELECT " + COLUMNS + " FROM products "
                            + "WHERE tenant_id = ? AND product_id = ANY(?) AND deleted_at IS NULL");
                    ps.setObject(1, tenant.value());
                    ps.setArray(2, textArray(con, productIds));
                    return ps;
                },
                VIEW);
    }

    /** Streams the tenant's live products in id order with a cursor; call inside a transaction. */
    void forEach(TenantId tenant, Consumer<ProductView> action) {
        jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("SELECT " + COLUMNS + " FROM products "
                            + "WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY product_id");
                    ps.setFetchSize(1000);
                    ps.setObject(1, tenant.value());
                    return ps;
                },
                rs -> {
                    action.accept(VIEW.mapRow(rs, 0));
                });
    }

    long count(TenantId tenant) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM products WHERE tenant_id = ? AND deleted_at IS NULL", Long.class, tenant.value());
        return count == null ? 0 : count;
    }

    Set<String> availableIds(TenantId tenant) {
        Set<String> ids = new HashSet<>();
        jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("SELECT product_id FROM products "
                            + "WHERE tenant_id = ? AND available AND deleted_at IS NULL");
                    ps.setFetchSize(10_000);
                    ps.setObject(1, tenant.value());
                    return ps;
                },
                rs -> {
                    ids.add(rs.getString(1));
                });
        return ids;
    }

    /** Availability of the given ids as stored now: absent and deleted ones map to false. */
    Map<String, Boolean> availability(TenantId tenant, Collection<String> productIds) {
        Map<String, Boolean> result = new HashMap<>();
        productIds.forEach(id -> result.put(id, false));
        findAll(tenant, productIds).forEach(p -> result.put(p.productId(), p.available()));
        return result;
    }

    /** Adds the words of these products to the tenant's search vocabulary (never removes; see the purge job). */
    void learnTerms(TenantId tenant, Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO product_terms (tenant_id, term)
                    SELECT DISTINCT p.tenant_id, t.lexeme FROM products p, unnest(p.search) t
                    WHERE p.tenant_id = ? AND p.product_id = ANY(?)
                      AND length(t.lexeme) BETWEEN 3 AND 100 AND t.lexeme !~ '^[0-9]+$'
                    ORDER BY 2
                    ON CONFLICT DO NOTHING""");
            ps.setObject(1, tenant.value());
            ps.setArray(2, textArray(con, productIds));
            return ps;
        });
    }

    /** Forgets words no live product of the tenant has any more. */
    int forgetUnusedTerms() {
        return jdbc.update("""
                DELETE FROM product_terms t
                WHERE NOT EXISTS (SELECT 1 FROM products p
                                  WHERE p.tenant_id = t.tenant_id AND p.deleted_at IS NULL
                                    AND p.search @@ to_tsquery('simple', quote_literal(t.term)))""");
    }

    int purgeTombstones(Instant deletedBefore) {
        return jdbc.update("DELETE FROM products WHERE deleted_at < ?", Timestamp.from(deletedBefore));
    }

    void purgeTenant(TenantId tenant) {
        jdbc.update("DELETE FROM products WHERE tenant_id = ?", tenant.value());
        jdbc.update("DELETE FROM product_terms WHERE tenant_id = ?", tenant.value());
    }

    static Array textArray(Connection con, Collection<String> values) throws SQLException {
        return con.createArrayOf("varchar", values.toArray(String[]::new));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
