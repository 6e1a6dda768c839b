package com.recomengine.recommendations.web;

import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.tenants.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}/recommendations")
@Tag(name = "Recommendations")
@RequiredArgsConstructor
class ModelAdminController {

    private final Tenants tenants;
    private final RecommendationModels models;

    @PostMapping("/rebuild")
    @TenantAccess(TenantPermission.MODELS_REBUILD)
    @Operation(
            summary = "Rebuild the tenant's recommendation models now",
            description = "Builds every strategy from the tenant's interactions and catalog and serves the new "
                    + "generation on every instance; answers when it is done. When another instance is building the "
                    + "tenant, waits for that build first. Models are also rebuilt by the build queue within 15 "
                    + "minutes of a change.")
    @ApiResponse(responseCode = "200", description = "the finished build")
    @ApiResponse(
            responseCode = "409",
            description = "a build of this tenant started elsewhere is still running after the wait (2 minutes)")
    @ApiResponse(responseCode = "503", description = "PostgreSQL is unreachable")
    ModelBuildReport rebuild(@PathVariable UUID tenantId) {
        TenantId tenant = new TenantId(tenantId);
        tenants.requireOwned(Authenticated.admin().adminId(), tenant);
        return models.rebuild(tenant);
    }
}
