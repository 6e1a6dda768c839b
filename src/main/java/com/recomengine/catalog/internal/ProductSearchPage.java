package com.recomengine.catalog.internal;

import com.recomengine.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of search results in the API's list shape, plus category facet counts over every match (ignoring the
 * category filter itself, so that the other categories stay visible) and whether the text matched only after
 * correcting misspelled words ({@code approximate}).
 */
public record ProductSearchPage(
        List<ProductView> data, PageResponse.PageMeta page, Facets facets, boolean approximate) {

    @Schema(name = "ProductSearchFacets")
    public record Facets(List<FacetCount> category) {}

    @Schema(name = "ProductFacetCount")
    public record FacetCount(String value, long count) {}
}
