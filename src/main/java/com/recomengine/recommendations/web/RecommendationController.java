package com.recomengine.recommendations.web;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.internal.RecommendationEngine;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.KeyRoute;
import com.recomengine.shared.security.KeyScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@KeyRoute(KeyScope.RECOMMENDATIONS_READ)
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Products to show a shopper, with a reason each (read or publishable key)")
@RequiredArgsConstructor
class RecommendationController {

    private final RecommendationEngine engine;

    @GetMapping
    @Operation(
            summary = "Recommendations for a shopper, a product page or a placement",
            description =
                    "The strategy is the request's, else the placement's running experiment, promoted default or "
                            + "widget configuration, else the tenant's default. Unavailable products, the anchor product and "
                            + "(per tenant setting) products the shopper bought are never returned; a strategy that yields too "
                            + "few items is filled by the next of collaborative → content_based → trending → popular, each "
                            + "item's reason saying which. auto (the default of new tenants) is a blend of the strategies "
                            + "tuned on the tenant's own data at every model build. meta.cache is l1, l2, stale (served while a refresh runs) or miss.")
    @Parameter(
            name = "userId",
            in = ParameterIn.QUERY,
            description = "the shopper (1–256 printable characters); absent: anonymous, generic lists",
            schema = @Schema(type = "string", minLength = 1, maxLength = 256))
    @Parameter(
            name = "productId",
            in = ParameterIn.QUERY,
            description = "anchor product: recommendations around it",
            schema = @Schema(type = "string", minLength = 1, maxLength = 256))
    @Parameter(
            name = "placementId",
            in = ParameterIn.QUERY,
            description = "the placement (widget) asking; picks the strategy and the experiment",
            schema = @Schema(type = "string", minLength = 1, maxLength = 256))
    @Parameter(
            name = "strategy",
            in = ParameterIn.QUERY,
            description = "overrides every other source",
            schema =
                    @Schema(
                            allowableValues = {
                                "auto",
                                "collaborative",
                                "content_based",
                                "trending",
                                "frequently_bought_together",
                                "popular"
                            }))
    @Parameter(
            name = "limit",
            in = ParameterIn.QUERY,
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "10"))
    @Parameter(
            name = "category",
            in = ParameterIn.QUERY,
            description = "only products of this category",
            schema = @Schema(type = "string", minLength = 1, maxLength = 200))
    @Parameter(name = "minPrice", in = ParameterIn.QUERY, schema = @Schema(type = "number", minimum = "0"))
    @Parameter(name = "maxPrice", in = ParameterIn.QUERY, schema = @Schema(type = "number", minimum = "0"))
    @Parameter(
            name = "assignmentId",
            in = ParameterIn.QUERY,
            description = "the SDK's stable anonymous id: experiments bucket by it when given",
            schema = @Schema(type = "string", minLength = 1, maxLength = 256))
    @RecommendationsAnswer
    @InvalidParameterResponse
    ResponseEntity<byte[]> recommend(@Parameter(hidden = true) HttpServletRequest http) {
        return json(engine.json(RecommendationParams.request(tenant(), http)));
    }

    @GetMapping("/page")
    @Operation(
            summary = "Every placement of a page in one request",
            description = "Answers {\"placements\": {\"<placementId>\": {\"data\": [...], \"meta\": {...}}, ...}}: "
                    + "each placement as GET /recommendations would answer it, in the order asked.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageResponse.class)))
    @InvalidParameterResponse
    ResponseEntity<byte[]> page(
            @Parameter(schema = @Schema(minLength = 1, maxLength = 256)) @RequestParam(required = false) @Nullable
                    String userId,
            @Parameter(
                            description = "comma-separated placement ids, 1 to 10",
                            required = true,
                            schema = @Schema(minLength = 1, maxLength = 1009))
                    @RequestParam(required = false)
                    @Nullable
                    String placements,
            @Parameter(
                            description = "anchor product of the page, if any",
                            schema = @Schema(minLength = 1, maxLength = 256))
                    @RequestParam(required = false)
                    @Nullable
                    String productId,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10"))
                    @RequestParam(required = false)
                    @Nullable
                    Integer limit,
            @Parameter(schema = @Schema(minLength = 1, maxLength = 256)) @RequestParam(required = false) @Nullable
                    String assignmentId) {
        RecommendationRequest request = new RecommendationRequest(
                tenant(),
                userId,
                assignmentId,
                productId,
                null,
                null,
                limit == null ? RecommendationParams.DEFAULT_LIMIT : limit,
                null,
                null,
                null);
        return json(engine.pageJson(request, RecommendationParams.placements(placements)));
    }

    @GetMapping("/next")
    @Operation(
            summary = "The next items of an earlier answer (infinite scroll)",
            description = "Continues the answer that carried recommendationId: the same query asked for a longer list, "
                    + "without any product already returned under that id (by the first answer or an earlier next). "
                    + "Answers keep for 30 minutes on every instance; the meta keeps the same recommendationId. An "
                    + "empty data array means there is nothing more to show.")
    @RecommendationsAnswer
    @InvalidParameterResponse
    @ApiResponse(
            responseCode = "404",
            description = "the recommendationId is unknown to this tenant or older than 30 minutes",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> next(
            @Parameter(
                            description = "meta.recommendationId of an earlier answer",
                            required = true,
                            schema = @Schema(minLength = 1, maxLength = 256))
                    @RequestParam(required = false)
                    @Nullable
                    String recommendationId,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10"))
                    @RequestParam(required = false)
                    @Nullable
                    Integer limit) {
        return json(engine.nextJson(
                tenant(), recommendationId, limit == null ? RecommendationParams.DEFAULT_LIMIT : limit));
    }

    private static ResponseEntity<byte[]> json(byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private static TenantId tenant() {
        return Authenticated.key().tenantId();
    }
}
