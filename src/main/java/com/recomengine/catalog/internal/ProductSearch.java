package com.recomengine.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.web.PageResponse;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Catalog search in PostgreSQL: full-text match on a weighted tsvector (name before category) through a GIN index
 * that leads with the tenant, ranked by {@code ts_rank} plus trigram similarity of the name to the whole text.
 * When the words match nothing, each is widened to the closest words of the tenant's catalog (pg_trgm over
 * {@code product_terms}) and the search runs once more, marked approximate. Pages are cached per tenant and catalog
 * generation, so a write is visible to the next search. Single products are read here too.
 */
@Component
public class ProductSearch {

    private static final int MAX_FACETS = 50;

    private final JdbcTemplate jdbc;
    private final ProductStore store;
    private final CatalogCaches caches;
    private final ObjectMapper json;
    private final Cache<Key, byte[]> pages;

    private record Key(TenantId tenant, long generation, ProductQuery query) {}

    /** The text part of a search: a tsquery expression and its parameters, and the raw text for similarity. */
    private record Match(String tsquery, List<Object> params, String text) {}

    ProductSearch(
            JdbcTemplate jdbc,
            ProductStore store,
            CatalogCaches caches,
            ObjectMapper json,
            CatalogProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.store = store;
        this.caches = caches;
        this.pages = Caffeine.newBuilder()
                .maximumSize(properties.searchCacheSize())
                .expireAfterWrite(properties.searchCacheTtl())
                .build();
    }

    /** One live product; 404 when there is none. */
    public ProductView get(TenantId tenant, String productId) {
        FieldError invalid = ProductReader.checkId(productId);
        if (invalid != null) {
            throw new InvalidProduct(List.of(invalid));
        }
        return store.find(tenant, productId).orElseThrow(() -> Problems.notFound("Product", productId));
    }

    /** The page as JSON: cached serialized, since a popular query is answered far more often than computed. */
    public byte[] searchJson(TenantId tenant, ProductQuery query) {
        return pages.get(
                new Key(tenant, caches.generation(tenant), query), key -> json.writeValueAsBytes(run(tenant, query)));
    }

    /** The page itself, uncached (admin browsing). */
    ProductSearchPage page(TenantId tenant, ProductQuery query) {
        return run(tenant, query);
    }

    private ProductSearchPage run(TenantId tenant, ProductQuery query) {
        List<String> words = query.text() == null ? List.of() : SearchText.words(query.text());
        Match match = words.isEmpty()
                ? null
                : new Match("to_tsquery('english', ?)", List.of(SearchText.prefixQuery(words)), query.text());
        Counts counts = counts(tenant, query, match);
        boolean approximate = false;
        if (counts.total() == 0 && match != null) {
            Map<String, List<String>> corrections = corrections(tenant, words);
            if (SearchText.correctable(corrections)) {
                match = widened(corrections, query.text());
                counts = counts(tenant, query, match);
                approximate = true;
            }
        }
        long offset = (long) query.page() * query.size();
        List<ProductView> rows = offset < counts.total() ? page(tenant, query, match) : List.of();
        int totalPages = (int) ((counts.total() + query.size() - 1) / query.size());
        return new ProductSearchPage(
                rows,
                new PageResponse.PageMeta(query.page(), query.size(), counts.total(), totalPages),
                new ProductSearchPage.Facets(counts.facets()),
                approximate);
    }

    private List<ProductView> page(TenantId tenant, ProductQuery query, @Nullable Match match) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(ProductStore.COLUMNS);
        if (match != null) {
            sql.append(", ts_rank(search, ").append(match.tsquery()).append(", 1) + similarity(name, ?) AS score");
            params.addAll(match.params());
            params.add(match.text());
        }
        sql.append(" FROM products");
        where(sql, params, tenant, query, match, true);
        sql.append(" ORDER BY ").append(orderBy(query.order(), match != null)).append(", product_id LIMIT ? OFFSET ?");
        params.add(query.size());
        params.add((long) query.page() * query.size());
        return jdbc.query(sql.toString(), ProductStore.VIEW, params.toArray());
    }

    /** How many products match, and the category facet counts: one grouped query serves both. */
    private record Counts(long total, List<ProductSearchPage.FacetCount> facets) {}

    /**
     * Counts the matches by category over every filter but the category one (facets show the other categories
     * too); the total is then the sum over the chosen categories, or over all of them with no category filter.
     */
    private Counts counts(TenantId tenant, ProductQuery query, @Nullable Match match) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT category, count(*) AS n FROM products");
        where(sql, params, tenant, query, match, false);
        sql.append(" GROUP BY category ORDER BY n DESC, category");
        long[] total = {0};
        List<ProductSearchPage.FacetCount> facets = new ArrayList<>();
        jdbc.query(
                sql.toString(),
                rs -> {
                    String category = rs.getString(1);
                    long n = rs.getLong(2);
                    if (query.categories().isEmpty()
                            || (category != null && query.categories().contains(category))) {
                        total[0] += n;
                    }
                    if (category != null && facets.size() < MAX_FACETS) {
                        facets.add(new ProductSearchPage.FacetCount(category, n));
                    }
                },
                params.toArray());
        return new Counts(total[0], List.copyOf(facets));
    }

    private static void where(
            StringBuilder sql,
            List<Object> params,
            TenantId tenant,
            ProductQuery query,
            @Nullable Match match,
            boolean byCategory) {
        sql.append(" WHERE tenant_id = ? AND deleted_at IS NULL");
        params.add(tenant.value());
        if (match != null) {
            sql.append(" AND search @@ ").append(match.tsquery());
            params.addAll(match.params());
        }
        if (byCategory && !query.categories().isEmpty()) {
            sql.append(" AND category = ANY(?::varchar[])");
            params.add(query.categories().toArray(String[]::new));
        }
        if (query.available() != null) {
            sql.append(" AND available = ?");
            params.add(query.available());
        }
        if (query.minPrice() != null) {
            sql.append(" AND price >= ?");
            params.add(query.minPrice());
        }
        if (query.maxPrice() != null) {
            sql.append(" AND price <= ?");
            params.add(query.maxPrice());
        }
    }

    /** Relevance needs words to match: a query of none (no {@code q}, or {@code q=!!!}) is ordered by name. */
    private static String orderBy(ProductQuery.Order order, boolean matching) {
        String direction = order.descending() ? " DESC" : " ASC";
        return switch (order.field()) {
            case RELEVANCE -> matching ? "score" + direction : "name" + direction;
            case NAME -> "name" + direction;
            case PRICE -> "price" + direction + " NULLS LAST";
            case UPDATED_AT -> "updated_at" + direction;
            case PRODUCT_ID -> "product_id" + direction;
        };
    }

    /** Up to three of the tenant's catalog words closest to each search word (pg_trgm similarity ≥ 0.3). */
    private Map<String, List<String>> corrections(TenantId tenant, List<String> words) {
        Map<String, List<String>> corrections = new LinkedHashMap<>();
        words.forEach(w -> corrections.put(w, new ArrayList<>()));
        jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("""
                    SELECT w.word, c.term FROM unnest(?::text[]) AS w(word)
                    CROSS JOIN LATERAL (SELECT term FROM product_terms
                                        WHERE tenant_id = ? AND term % w.word
                                        ORDER BY similarity(term, w.word) DESC, term LIMIT 3) c""");
                    ps.setArray(1, con.createArrayOf("text", words.toArray(String[]::new)));
                    ps.setObject(2, tenant.value());
                    return ps;
                },
                rs -> {
                    corrections.get(rs.getString(1)).add(rs.getString(2));
                });
        return corrections;
    }

    /** Every word must match, either as typed (a prefix) or as one of its corrections. */
    private static Match widened(Map<String, List<String>> corrections, String text) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        corrections.forEach((word, terms) -> {
            params.add(word + ":*");
            if (terms.isEmpty()) {
                clauses.add("to_tsquery('english', ?)");
            } else {
                clauses.add("(to_tsquery('english', ?) || to_tsquery('simple', ?))");
                params.add(SearchText.anyOf(terms));
            }
        });
        return new Match("(" + String.join(" && ", clauses) + ")", params, text);
    }
}
