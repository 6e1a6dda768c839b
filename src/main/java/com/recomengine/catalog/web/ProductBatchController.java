package com.recomengine.catalog.web;

import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.Catalog;
import com.recomengine.catalog.internal.ProductWrites;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.web.BulkBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@KeyRoute(KeyScope.CATALOG_WRITE)
@Tag(name = "Catalog")
@RequiredArgsConstructor
class ProductBatchController {

    /** A gzip body may not unpack to more than this: the compressed size alone bounds nothing. */
    static final long MAX_UNPACKED_CSV = 256L * 1024 * 1024;

    private final ProductWrites writes;
    private final Catalog catalog;

    @Schema(name = "ProductBatch")
    record ProductBatch(
            @ArraySchema(
                    arraySchema = @Schema(description = "up to 10 000 products"),
                    schema = @Schema(implementation = ProductInput.class))
            @Nullable
            List<@Nullable JsonNode> products) {}

    @Schema(name = "ProductDeleteBatch")
    record DeleteBatch(
            @ArraySchema(arraySchema = @Schema(description = "up to 10 000 product ids")) @Nullable
            List<@Nullable String> productIds,

            @Schema(description = "delete only products stored at an older version; stamped now when absent") @Nullable
            Long dataVersion) {}

    @BulkBody
    @PostMapping("/api/v1/catalog/products/batch")
    @Operation(summary = "Upsert up to 10 000 products, version-guarded, each validated and reported by index")
    BatchReport upsert(@RequestBody ProductBatch body) {
        if (body.products() == null) {
            throw Problems.invalid("products", "is required");
        }
        return writes.upsert(Authenticated.key().tenantId(), body.products());
    }

    @BulkBody
    @PostMapping("/api/v1/catalog/products/batch-delete")
    @Operation(summary = "Delete up to 10 000 products by id, each reported by index (absent ones as not_found)")
    BatchReport delete(@RequestBody DeleteBatch body) {
        if (body.productIds() == null) {
            throw Problems.invalid("productIds", "is required");
        }
        if (body.dataVersion() != null && body.dataVersion() < 0) {
            throw Problems.invalid("dataVersion", "must not be negative");
        }
        return writes.deleteAll(Authenticated.key().tenantId(), body.productIds(), body.dataVersion());
    }

    @BulkBody
    @PostMapping(
            path = "/api/v1/catalog/import",
            consumes = {"text/csv", "application/csv"})
    @Operation(
            summary = "Import a CSV product feed (columns mapped by header name; Content-Encoding: gzip "
                    + "accepted); rows are upserted in chunks and reported by row index")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description =
                    "The feed: a header line naming the columns, " + "then one product a line (see docs/catalog.md)",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type = "string",
                                            example = "id,title,price,currency,availability\n85123A,WHITE HANGING "
                                                    + "HEART T-LIGHT HOLDER,2.55,GBP,in stock")))
    BatchReport importCsv(HttpServletRequest request) throws IOException {
        InputStream body = request.getInputStream();
        if ("gzip".equalsIgnoreCase(request.getHeader("Content-Encoding"))) {
            try {
                body = new Bounded(new GZIPInputStream(body, 1 << 16), MAX_UNPACKED_CSV);
            } catch (IOException e) {
                throw Problems.badRequest(
                        "The body is declared as gzip (Content-Encoding) but is not: " + e.getMessage());
            }
        }
        return catalog.importCsv(Authenticated.key().tenantId(), body);
    }

    /** Stops reading once {@code limit} bytes have come out. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("the unpacked CSV exceeds " + limit + " bytes.");
            }
        }
    }
}
