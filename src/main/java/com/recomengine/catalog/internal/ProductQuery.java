package com.recomengine.catalog.internal;

import com.recomengine.shared.problem.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A catalog search: optional text, filters, a page and an order. Equal queries share a cached answer. */
public record ProductQuery(
        @Nullable String text,
        List<String> categories,
        @Nullable Boolean available,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        int page,
        int size,
        Order order) {

    public static final int MAX_WINDOW = 10_000;

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 100;

    /** Checked here rather than by bean validation: search is a hot path and these few rules are plain. */
    public ProductQuery {
        if (text != null && text.length() > MAX_TEXT) {
            throw Problems.invalid("q", "must be at most " + MAX_TEXT + " characters");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        categories = List.copyOf(categories);
        if (page < 0) {
            throw Problems.invalid("page", "must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problems.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((minPrice != null && minPrice.signum() < 0) || (maxPrice != null && maxPrice.signum() < 0)) {
            throw Problems.invalid(
                    minPrice != null && minPrice.signum() < 0 ? "minPrice" : "maxPrice", "must not be negative");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw Problems.invalid("minPrice", "must not be greater than maxPrice");
        }
        if ((long) page * size + size > MAX_WINDOW) {
            throw Problems.invalid(
                    "page",
                    "page × size must stay within the first " + MAX_WINDOW + " results; narrow the search instead");
        }
    }

    /** What results are ordered by; relevance needs text and is the default when there is some. */
    public enum Field {
        RELEVANCE,
        NAME,
        PRICE,
        UPDATED_AT,
        PRODUCT_ID
    }

    public record Order(Field field, boolean descending) {

        /**
         * Parses {@code sort=field[,asc|desc]} with field one of relevance, name, price, updatedAt, productId. Without
         * one: relevance for a text search, name otherwise.
         */
        public static Order parse(@Nullable String sort, boolean hasText) {
            if (sort == null || sort.isBlank()) {
                return hasText ? new Order(Field.RELEVANCE, true) : new Order(Field.NAME, false);
            }
            String[] parts = sort.strip().split("\\s*,\\s*");
            Field field = switch (parts[0]) {
                case "relevance" -> Field.RELEVANCE;
                case "name" -> Field.NAME;
                case "price" -> Field.PRICE;
                case "updatedAt" -> Field.UPDATED_AT;
                case "productId" -> Field.PRODUCT_ID;
                default ->
                    throw Problems.invalid(
                            "sort",
                            "must be relevance, name, price, updatedAt or productId, "
                                    + "optionally followed by ,asc or ,desc");
            };
            if (field == Field.RELEVANCE && !hasText) {
                field = Field.NAME;
            }
            boolean descending = field == Field.RELEVANCE || field == Field.UPDATED_AT;
            if (parts.length == 2) {
                descending = switch (parts[1].toLowerCase(Locale.ROOT)) {
                    case "asc" -> false;
                    case "desc" -> true;
                    default -> throw Problems.invalid("sort", "direction must be asc or desc");
                };
            } else if (parts.length > 2) {
                throw Problems.invalid("sort", "must be one field and an optional direction, e.g. price,desc");
            }
            return new Order(field, descending);
        }
    }
}
