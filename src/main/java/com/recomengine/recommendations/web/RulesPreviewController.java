package com.recomengine.recommendations.web;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.RulesPreviews;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule preview (SPEC §4): served here, beside the pipeline it runs twice, because the merchandising module is
 * what this module depends on, not the other way round.
 */
@RestController
@AdminRoute
@Tag(name = "Rules")
@RequiredArgsConstructor
class RulesPreviewController {

    private final Tenants tenants;
    private final RulesPreviews previews;

    /** Whose list to preview: a placement (its strategy and rules), optionally a shopper and an anchor product. */
    record PreviewRequest(
            @NotNull @Size(min = 1, max = 100) String placementId,
            @Size(min = 1, max = 256) @Nullable String userId,
            @Size(min = 1, max = 256) @Nullable String productId,

            @Schema(defaultValue = "10") @Min(1) @Max(100) @Nullable
            Integer limit) {}

    /** One side of the preview. */
    record Side(List<RecommendedItem> data, String strategy, int rulesApplied) {

        static Side of(RecommendationResult result) {
            return new Side(result.items(), result.strategy(), result.rulesApplied());
        }
    }

    /** The two lists side by side. */
    record PreviewResponse(String placementId, @Nullable String userId, Side withRules, Side withoutRules) {}

    @TenantAccess(TenantPermission.RULES_READ)
    @PostMapping("/api/v1/tenants/{tenantId}/rules/preview")
    @Operation(
            summary = "A placement's list for a shopper with and without the tenant's rules, side by side",
            description = "Computed now from the current models and rules; nothing is cached or recorded.")
    PreviewResponse preview(@PathVariable UUID tenantId, @Valid @RequestBody PreviewRequest body) {
        TenantId tenant = new TenantId(tenantId);
        tenants.requireOwned(Authenticated.admin().adminId(), tenant);
        RecommendationRequest request = new RecommendationRequest(
                tenant,
                body.userId(),
                null,
                body.productId(),
                body.placementId(),
                null,
                body.limit() == null ? 10 : body.limit(),
                null,
                null,
                null);
        RulesPreviews.RulesPreview preview = previews.preview(request);
        return new PreviewResponse(
                body.placementId(), body.userId(), Side.of(preview.withRules()), Side.of(preview.withoutRules()));
    }
}
