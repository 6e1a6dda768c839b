package com.recomengine.catalog;

import java.util.List;

/**
 * One page of a catalog search: the products, how many matched in all, the category counts over every match (so
 * that other categories stay visible while one is chosen), and whether the text matched only after correcting
 * misspelled words.
 */
public record ProductPage(
        List<ProductSummary> products,
        long total,
        int page,
        int size,
        int totalPages,
        List<CategoryCount> categories,
        boolean approximate) {

    public record CategoryCount(String category, long count) {}
}
