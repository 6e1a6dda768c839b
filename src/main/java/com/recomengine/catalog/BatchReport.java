package com.recomengine.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk write did, item by item: {@code accepted} items were written; {@code duplicates} carried the version
 * already stored (a no-op); {@code stale} carried an older version than the stored one (ignored); {@code rejected}
 * were invalid. {@code results} lists every item that was not accepted, by its index in the request.
 */
@Schema(name = "CatalogBatchReport")
public record BatchReport(int accepted, int duplicates, int stale, int rejected, List<Item> results) {

    /** One non-accepted item: status is {@code duplicate}, {@code stale}, {@code not_found} or {@code rejected}. */
    @Schema(name = "CatalogBatchItem")
    public record Item(int index, @Nullable String productId, String status, String reason) {}

    public static BatchReport empty() {
        return new BatchReport(0, 0, 0, 0, List.of());
    }
}
