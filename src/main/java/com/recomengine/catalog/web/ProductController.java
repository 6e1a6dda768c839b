package com.recomengine.catalog.web;

import com.recomengine.catalog.internal.ProductQuery;
import com.recomengine.catalog.internal.ProductSearch;
import com.recomengine.catalog.internal.ProductSearchPage;
import com.recomengine.catalog.internal.ProductView;
import com.recomengine.catalog.internal.ProductWrites;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@KeyRoute(KeyScope.CATALOG_READ)
@RequestMapping("/api/v1/catalog/products")
@Tag(name = "Catalog", description = "The tenant's products: reads with a read key, writes with a read-write key")
@RequiredArgsConstructor
class ProductController {

    private static final int MAX_CATEGORIES = 20;

    private final ProductSearch search;
    private final ProductWrites writes;

    @GetMapping
    @Operation(
            summary = "Search and list products: text (prefix and typo tolerant, relevance-ordered), category, "
                    + "availability and price filters, pages, category facet counts")
    @Parameter(
            name = "category",
            in = ParameterIn.QUERY,
            description = "exact category; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string", maxLength = 200)))
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ProductSearchPage.class)))
    ResponseEntity<byte[]> search(
            @Parameter(description = "words to find in name and category", schema = @Schema(maxLength = 200))
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(required = false) @Nullable Boolean available,
            @Parameter(schema = @Schema(minimum = "0")) @RequestParam(required = false) @Nullable BigDecimal minPrice,
            @Parameter(schema = @Schema(minimum = "0")) @RequestParam(required = false) @Nullable BigDecimal maxPrice,
            @Parameter(schema = @Schema(minimum = "0", defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                    @RequestParam(defaultValue = "20")
                    int size,
            @Parameter(
                            description = "relevance (default with q), name (default without), price, updatedAt or "
                                    + "productId; then ,asc or ,desc",
                            schema =
                                    @Schema(
                                            maxLength = 32,
                                            pattern =
                                                    "(relevance|name|price|updatedAt|productId)(\\s*,\\s*(asc|desc))?"))
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            HttpServletRequest request) {
        ProductQuery query = new ProductQuery(
                q,
                categories(request),
                available,
                minPrice,
                maxPrice,
                page,
                size,
                ProductQuery.Order.parse(sort, q != null && !q.isBlank()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(search.searchJson(tenant(), query));
    }

    @GetMapping("/{productId}")
    @Operation(summary = "One product")
    ResponseEntity<ProductView> get(
            @Parameter(schema = @Schema(minLength = 1, maxLength = 256)) @PathVariable String productId) {
        return versioned(search.get(tenant(), productId)).ok();
    }

    @KeyRoute(KeyScope.CATALOG_WRITE)
    @PostMapping
    @Operation(summary = "Create a product (409 when the id exists; PUT replaces)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ProductInput.class)))
    ResponseEntity<ProductView> create(@RequestBody JsonNode body) {
        ProductView created = writes.create(tenant(), body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{id}")
                        .buildAndExpand(created.productId())
                        .toUri())
                .eTag(versioned(created).etag())
                .body(created);
    }

    @KeyRoute(KeyScope.CATALOG_WRITE)
    @PutMapping("/{productId}")
    @Operation(
            summary = "Create or replace a product, version-guarded: 201 created, 200 replaced or the same "
                    + "version already stored, 409 when a newer version is stored")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ProductInput.class)))
    ResponseEntity<ProductView> put(
            @Parameter(schema = @Schema(minLength = 1, maxLength = 256)) @PathVariable String productId,
            @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        ProductWrites.Written written = writes.put(tenant(), productId, body, IfMatch.parse(ifMatch));
        return versioned(written.product()).answer(written.created() ? HttpStatus.CREATED : HttpStatus.OK);
    }

    @KeyRoute(KeyScope.CATALOG_WRITE)
    @PatchMapping(
            path = "/{productId}",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change some fields (JSON merge patch: null clears a field, attributes merge by key)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ProductInput.class)))
    ResponseEntity<ProductView> patch(
            @Parameter(schema = @Schema(minLength = 1, maxLength = 256)) @PathVariable String productId,
            @RequestBody JsonNode patch,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return versioned(writes.patch(tenant(), productId, patch, IfMatch.parse(ifMatch)))
                .ok();
    }

    @KeyRoute(KeyScope.CATALOG_WRITE)
    @DeleteMapping("/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a product; with dataVersion, only if the stored one is older (409 otherwise)")
    void delete(
            @Parameter(schema = @Schema(minLength = 1, maxLength = 256)) @PathVariable String productId,
            @RequestParam(required = false) @Min(0) @Nullable Long dataVersion,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        writes.delete(tenant(), productId, dataVersion, IfMatch.parse(ifMatch));
    }

    /** A product's strong ETag is its dataVersion: every write that changes it stores a higher one. */
    private static Versioned<ProductView> versioned(ProductView product) {
        return new Versioned<>(product, product.dataVersion());
    }

    private static List<String> categories(HttpServletRequest request) {
        String[] values = request.getParameterValues("category");
        if (values == null) {
            return List.of();
        }
        if (values.length > MAX_CATEGORIES) {
            throw Problems.invalid("category", "at most " + MAX_CATEGORIES + " categories");
        }
        for (String value : values) {
            if (value.length() > 200) {
                throw Problems.invalid("category", "must be at most 200 characters");
            }
        }
        return List.of(values);
    }

    private static TenantId tenant() {
        return Authenticated.key().tenantId();
    }
}
