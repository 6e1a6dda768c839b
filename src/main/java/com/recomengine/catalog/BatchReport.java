package com.recomengine.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
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

    /** One non-accepted item, with what happened to it and why. */
    @Schema(name = "CatalogBatchItem")
    public record Item(int index, @Nullable String productId, Status status, String reason) {}

    /** What happened to an item that was not accepted. */
    @Schema(name = "CatalogBatchItemStatus")
    public enum Status {
        DUPLICATE("duplicate"),
        STALE("stale"),
        NOT_FOUND("not_found"),
        REJECTED("rejected");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }

    public static BatchReport empty() {
        return new BatchReport(0, 0, 0, 0, List.of());
    }
}
