package com.recomengine.experiments.web;

import com.recomengine.experiments.ExperimentResults;
import com.recomengine.experiments.ExperimentView;
import com.recomengine.experiments.Variant;
import com.recomengine.experiments.internal.ExperimentChanges;
import com.recomengine.experiments.internal.ExperimentService;
import com.recomengine.experiments.internal.ExperimentStatus;
import com.recomengine.experiments.internal.Metric;
import com.recomengine.experiments.internal.NewExperiment;
import com.recomengine.experiments.internal.Strategies;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

// No class-level @Validated: Spring MVC's own method validation then checks the query parameters and reports them
// as failing fields (400), where the AOP validator would throw an exception the problem handler does not map.
@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}/experiments")
@Tag(name = "Experiments", description = "A/B tests of two recommendation strategies on one placement")
@RequiredArgsConstructor
class ExperimentController {

    static final String PLACEMENT = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";
    static final String PLACEMENT_MESSAGE =
            "must be 1-100 letters, digits, '_', '.', ':' or '-', starting with a letter or digit";
    static final String STATUS = "draft|running|paused|completed";

    private final ExperimentService experiments;

    record CreateExperiment(
            @NotBlank @Size(max = 100) String name,

            @NotNull @Pattern(regexp = PLACEMENT, message = PLACEMENT_MESSAGE)
            String placementId,

            @NotNull @Pattern(regexp = Strategies.WIRE_PATTERN, message = "must be one of " + Strategies.WIRE_PATTERN)
            String controlStrategy,

            @NotNull @Pattern(regexp = Strategies.WIRE_PATTERN, message = "must be one of " + Strategies.WIRE_PATTERN)
            String variantStrategy,

            @NotNull @Min(1) @Max(99) Integer trafficSplit,

            @NotNull @Pattern(regexp = Metric.WIRE_PATTERN, message = "must be one of " + Metric.WIRE_PATTERN)
            String primaryMetric,

            @Pattern(regexp = Metric.WIRE_PATTERN, message = "must be one of " + Metric.WIRE_PATTERN) @Nullable
            String guardrailMetric,

            @Schema(
                    description = "false answers the variant without the tenant's merchandising rules, to"
                            + " measure their lift (the arms may then share a strategy); true by default")
            @Nullable
            Boolean variantRules) {

        NewExperiment spec() {
            return new NewExperiment(
                    name,
                    placementId,
                    controlStrategy,
                    variantStrategy,
                    trafficSplit,
                    Metric.fromWire(primaryMetric),
                    guardrailMetric == null ? null : Metric.fromWire(guardrailMetric),
                    variantRules == null || variantRules);
        }
    }

    /** Absent fields stay as they are; {@code "guardrailMetric": "none"} removes the guardrail. */
    record UpdateExperiment(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable
            String name,

            @Pattern(regexp = PLACEMENT, message = PLACEMENT_MESSAGE) @Nullable
            String placementId,

            @Pattern(regexp = Strategies.WIRE_PATTERN, message = "must be one of " + Strategies.WIRE_PATTERN) @Nullable
            String controlStrategy,

            @Pattern(regexp = Strategies.WIRE_PATTERN, message = "must be one of " + Strategies.WIRE_PATTERN) @Nullable
            String variantStrategy,

            @Min(1) @Max(99) @Nullable Integer trafficSplit,

            @Pattern(regexp = Metric.WIRE_PATTERN, message = "must be one of " + Metric.WIRE_PATTERN) @Nullable
            String primaryMetric,

            @Pattern(
                    regexp = Metric.WIRE_PATTERN + "|none",
                    message = "must be one of " + Metric.WIRE_PATTERN + " or none")
            @Nullable
            String guardrailMetric,

            @Nullable Boolean variantRules) {

        ExperimentChanges changes() {
            boolean clear = "none".equals(guardrailMetric);
            return new ExperimentChanges(
                    name,
                    placementId,
                    controlStrategy,
                    variantStrategy,
                    trafficSplit,
                    primaryMetric == null ? null : Metric.fromWire(primaryMetric),
                    guardrailMetric == null || clear ? null : Metric.fromWire(guardrailMetric),
                    clear,
                    variantRules);
        }
    }

    record Promotion(
            @NotNull @Pattern(regexp = "control|variant", message = "must be control or variant")
            String variant) {}

    @PostMapping
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an experiment (as a draft) on a placement")
    ResponseEntity<ExperimentView> create(@PathVariable UUID tenantId, @Valid @RequestBody CreateExperiment body) {
        return experiments.create(admin(), new TenantId(tenantId), body.spec()).answer(HttpStatus.CREATED);
    }

    @GetMapping
    @TenantAccess(TenantPermission.EXPERIMENTS_READ)
    @Operation(summary = "List the tenant's experiments, newest first, optionally by status")
    PageResponse<ExperimentView> list(
            @PathVariable UUID tenantId,
            @RequestParam(required = false) @Pattern(regexp = STATUS, message = "must be one of " + STATUS) @Nullable
                    String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return experiments.list(
                admin(), new TenantId(tenantId), status == null ? null : ExperimentStatus.fromWire(status), page, size);
    }

    @GetMapping("/{expId}")
    @TenantAccess(TenantPermission.EXPERIMENTS_READ)
    @Operation(summary = "One experiment")
    ResponseEntity<ExperimentView> get(@PathVariable UUID tenantId, @PathVariable UUID expId) {
        return experiments.get(admin(), new TenantId(tenantId), expId).ok();
    }

    @PatchMapping("/{expId}")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @Operation(summary = "Change a draft; once started only the name can change (409 otherwise)")
    ResponseEntity<ExperimentView> update(
            @PathVariable UUID tenantId,
            @PathVariable UUID expId,
            @Valid @RequestBody UpdateExperiment body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return experiments
                .update(admin(), new TenantId(tenantId), expId, body.changes(), IfMatch.parse(ifMatch))
                .ok();
    }

    @DeleteMapping("/{expId}")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a draft or completed experiment (409 while running or paused)")
    void delete(
            @PathVariable UUID tenantId,
            @PathVariable UUID expId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        experiments.delete(admin(), new TenantId(tenantId), expId, IfMatch.parse(ifMatch));
    }

    @PostMapping("/{expId}/start")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @Operation(summary = "Start a draft or resume a paused experiment; 409 if another one runs on the placement")
    ExperimentView start(@PathVariable UUID tenantId, @PathVariable UUID expId) {
        return experiments.start(admin(), new TenantId(tenantId), expId);
    }

    @PostMapping("/{expId}/pause")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @Operation(summary = "Pause a running experiment: its placement serves the default strategy meanwhile")
    ExperimentView pause(@PathVariable UUID tenantId, @PathVariable UUID expId) {
        return experiments.pause(admin(), new TenantId(tenantId), expId);
    }

    @PostMapping("/{expId}/complete")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @Operation(summary = "Complete a running or paused experiment; its results window closes now")
    ExperimentView complete(@PathVariable UUID tenantId, @PathVariable UUID expId) {
        return experiments.complete(admin(), new TenantId(tenantId), expId);
    }

    @PostMapping("/{expId}/promote")
    @TenantAccess(TenantPermission.EXPERIMENTS_WRITE)
    @Operation(
            summary =
                    "Make the winner of a completed experiment the placement's default strategy; "
                            + "the body {\"variant\": \"control\"|\"variant\"} chooses the arm, else the verdict's winner is taken")
    ExperimentView promote(
            @PathVariable UUID tenantId,
            @PathVariable UUID expId,
            @Valid @RequestBody(required = false) @Nullable Promotion body) {
        return experiments.promote(
                admin(), new TenantId(tenantId), expId, body == null ? null : Variant.fromWire(body.variant()));
    }

    @GetMapping("/{expId}/results")
    @TenantAccess(TenantPermission.EXPERIMENTS_READ)
    @Operation(
            summary = "Per-arm totals, lifts with 95 % intervals, p-values, sample-ratio check, users still "
                    + "needed for 80 % power at a 5 % relative effect, and the verdict")
    ExperimentResults results(@PathVariable UUID tenantId, @PathVariable UUID expId) {
        return experiments.results(admin(), new TenantId(tenantId), expId);
    }

    private static AdminId admin() {
        return Authenticated.admin().adminId();
    }
}
