package com.recomengine.recommendations.internal;

import com.recomengine.experiments.Assignment;
import com.recomengine.experiments.Experiments;
import com.recomengine.recommendations.PlacementStrategies;
import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.ResolvedStrategy;
import com.recomengine.recommendations.StrategyResolver;
import com.recomengine.tenants.TenantSettings;
import com.recomengine.tenants.Tenants;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The resolution order of {@link StrategyResolver}: request, running experiment, promoted default, placement
 * configuration, tenant default. Every source answers from memory, so this costs no query. A source naming a
 * strategy this engine does not know is passed over.
 */
@Component
@RequiredArgsConstructor
class DefaultStrategyResolver implements StrategyResolver {

    private final Tenants tenants;
    private final Experiments experiments;
    private final ObjectProvider<PlacementStrategies> placements;
    private volatile @Nullable Optional<PlacementStrategies> placementSource;

    @Override
    public ResolvedStrategy resolve(RecommendationRequest request) {
        if (request.strategy() != null) {
            return ResolvedStrategy.of(request.strategy(), "request");
        }
        String placement = request.placementId();
        if (placement != null) {
            ResolvedStrategy decided = byPlacement(request, placement);
            if (decided != null) {
                return decided;
            }
        }
        String fallback = tenants.settings(request.tenantId())
                .map(TenantSettings::defaultStrategy)
                .filter(DefaultStrategyResolver::known)
                .orElse(Strategy.COLLABORATIVE.wireName());
        return ResolvedStrategy.of(fallback, "tenant");
    }

    private @Nullable ResolvedStrategy byPlacement(RecommendationRequest request, String placement) {
        String bucketBy = request.assignmentId() != null ? request.assignmentId() : request.userId();
        if (bucketBy != null) {
            Optional<Assignment> assignment = experiments.assignmentFor(request.tenantId(), placement, bucketBy);
            if (assignment.isPresent() && known(assignment.get().strategy())) {
                Assignment arm = assignment.get();
                return new ResolvedStrategy(
                        arm.strategy(),
                        "experiment",
                        arm.experimentId(),
                        arm.variant().wireName(),
                        arm.rules());
            }
        }
        Optional<String> promoted =
                experiments.placementDefault(request.tenantId(), placement).filter(DefaultStrategyResolver::known);
        if (promoted.isPresent()) {
            return ResolvedStrategy.of(promoted.get(), "promoted");
        }
        Optional<String> configured = placementSource()
                .flatMap(source -> source.strategyFor(request.tenantId(), placement))
                .filter(DefaultStrategyResolver::known);
        return configured
                .map(strategy -> ResolvedStrategy.of(strategy, "placement"))
                .orElse(null);
    }

    /** Looked up once: every bean exists before the first request, and a lookup per request costs more. */
    private Optional<PlacementStrategies> placementSource() {
        Optional<PlacementStrategies> source = placementSource;
        if (source == null) {
            source = Optional.ofNullable(placements.getIfAvailable());
            placementSource = source;
        }
        return source;
    }

    private static boolean known(String strategy) {
        return Strategy.fromWire(strategy).isPresent();
    }
}
