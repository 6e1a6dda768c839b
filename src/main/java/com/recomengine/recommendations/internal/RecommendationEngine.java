package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.PlacementStrategies;
import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.Recommendations;
import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.recommendations.ResolvedStrategy;
import com.recomengine.recommendations.Rotation;
import com.recomengine.recommendations.RulesPreviews;
import com.recomengine.recommendations.StrategyResolver;
import com.recomengine.shared.MerchantIds;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The {@link Recommendations} facade and the HTTP API's engine: validate, resolve the strategy, answer from the
 * cache (refreshing a stale answer in the background), else compute once for everyone asking the same at the same
 * moment and cache the result. Every answer is remembered for infinite scroll ({@link Scrolls}, through {@link
 * ResponseBodies}), which continues it from the same query asked for a longer list, without what was already
 * returned.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecommendationEngine implements Recommendations, RulesPreviews {

    static final int MAX_LIMIT = 100;
    /** The longest list infinite scroll reaches under one recommendation id. */
    static final int MAX_SCROLL = 500;

    private final StrategyResolver resolver;
    private final AnswerCache cache;
    private final AnswerComposer composer;
    private final RecommendationMetrics metrics;
    private final Scrolls scrolls;
    private final ResponseBodies bodies;
    private final ObjectProvider<PlacementStrategies> placements;
    private volatile @Nullable PlacementStrategies placementSource;
    private final ConcurrentHashMap<Query, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();

    /** One placement's answer, and how it was arrived at. */
    record Served(
            byte[] data, Strategy strategyUsed, ResolvedStrategy resolved, Layer layer, Answer answer, Query query) {

        AnswerJson.Meta meta(String recommendationId, @Nullable String placementId) {
            return new AnswerJson.Meta(
                    recommendationId,
                    strategyUsed.wireName(),
                    placementId,
                    resolved.experimentId(),
                    resolved.variant(),
                    layer.wireName(),
                    answer.rulesApplied());
        }
    }

    @Override
    public RecommendationResult recommend(RecommendationRequest request) {
        return result(request, serve(request));
    }

    private RecommendationResult result(RecommendationRequest request, Served served) {
        AnswerJson.Meta meta = bodies.meta(served, request.placementId());
        return new RecommendationResult(
                served.answer().items(),
                meta.recommendationId(),
                meta.strategy(),
                request.placementId(),
                served.resolved().experimentId(),
                served.resolved().variant(),
                meta.cache(),
                meta.rulesApplied());
    }

    @Override
    public RulesPreview preview(RecommendationRequest request) {
        RequestChecks.validate(request);
        ResolvedStrategy resolved = resolver.resolve(request);
        return new RulesPreview(
                result(request, composed(request, resolved, true)),
                result(request, composed(request, resolved, false)));
    }

    /** Computed now, neither read from nor written to the caches. */
    private Served composed(RecommendationRequest request, ResolvedStrategy resolved, boolean rules) {
        Query query = query(request, resolved, rules);
        Answer answer = composer.compose(query);
        return new Served(answer.data(), answer.strategy(), resolved, Layer.MISS, answer, query);
    }

    /** The response body of {@code GET /api/v1/recommendations} (SPEC §4b). */
    public byte[] json(RecommendationRequest request) {
        return bodies.body(serve(request), request.placementId());
    }

    /**
     * The response body of {@code GET /api/v1/recommendations/page}: {@code {"placements": {"<id>": {"data": […],
     * "meta": {…}}, …}}}, each placement resolved and cached on its own, in the order asked.
     */
    public byte[] pageJson(RecommendationRequest request, List<String> placements) {
        StringBuilder head = new StringBuilder("{\"placements\":{");
        List<byte[]> parts = new java.util.ArrayList<>(placements.size() * 2 + 1);
        int size = 0;
        for (int i = 0; i < placements.size(); i++) {
            String placement = placements.get(i);
            head.append(i == 0 ? "" : ",");
            AnswerJson.string(head, placement).append(':');
            byte[] key = head.toString().getBytes(StandardCharsets.UTF_8);
            head.setLength(0);
            Served served = serve(new RecommendationRequest(
                    request.tenantId(),
                    request.userId(),
                    request.assignmentId(),
                    request.productId(),
                    placement,
                    request.strategy(),
                    request.limit(),
                    request.category(),
                    request.minPrice(),
                    request.maxPrice()));
            byte[] body = bodies.body(served, placement);
            parts.add(key);
            parts.add(body);
            size += key.length + body.length;
        }
        byte[] out = new byte[size + 2];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        out[at++] = '}';
        out[at] = '}';
        return out;
    }

    Served serve(RecommendationRequest request) {
        long started = System.nanoTime();
        RequestChecks.validate(request);
        ResolvedStrategy resolved = resolver.resolve(request);
        Query query = query(request, resolved, resolved.rules());
        Served served = answer(query, resolved);
        metrics.answered(query.strategy(), served.layer(), System.nanoTime() - started);
        return served;
    }

    /**
     * The response body of {@code GET /api/v1/recommendations/next}: the next {@code limit} items of the answer
     * {@code recommendationId} named, none returned under it before; a 404 problem when that id is unknown to the
     * tenant or older than {@value Scrolls#MINUTES} minutes.
     */
    public byte[] nextJson(TenantId tenant, @Nullable String recommendationId, int limit) {
        RequestChecks.limit(limit);
        if (recommendationId == null || !MerchantIds.isValid(recommendationId)) {
            throw Problems.invalid("recommendationId", "must be the recommendationId of an earlier answer");
        }
        Scrolls.Scroll scroll = scrolls.find(tenant, recommendationId)
                .orElseThrow(() -> Problems.notFound("Recommendation", recommendationId));
        Query longer =
                scroll.query().withLimit(Math.min(MAX_SCROLL, scroll.served().size() + limit));
        Served served = answer(longer, ResolvedStrategy.of(longer.strategy().wireName(), "scroll"));
        java.util.Set<String> seen = new java.util.HashSet<>(scroll.served());
        List<RecommendedItem> next = served.answer().items().stream()
                .filter(item -> !seen.contains(item.productId()))
                .limit(limit)
                .toList();
        List<String> all = new java.util.ArrayList<>(scroll.served());
        all.addAll(ResponseBodies.ids(next));
        scrolls.extend(recommendationId, new Scrolls.Scroll(scroll.query(), all));
        Answer page = Answer.of(next, served.answer().strategy(), 0, 0);
        return AnswerJson.response(
                page.data(),
                new AnswerJson.Meta(
                        recommendationId,
                        page.strategy().wireName(),
                        longer.placementId(),
                        null,
                        null,
                        served.layer().wireName(),
                        page.rulesApplied()));
    }

    private Served answer(Query query, ResolvedStrategy resolved) {
        AnswerCache.Hit hit = cache.lookup(query);
        Answer answer;
        Layer layer;
        if (hit != null) {
            answer = hit.answer();
            layer = hit.layer();
            if (layer == Layer.STALE) {
                cache.refresh(query, () -> composer.compose(query));
            }
        } else {
            answer = computeOnce(query);
            layer = Layer.MISS;
        }
        return new Served(answer.data(), answer.strategy(), resolved, layer, answer, query);
    }

    private Query query(RecommendationRequest request, ResolvedStrategy resolved, boolean rules) {
        Strategy strategy = Strategy.fromWire(resolved.strategy())
                .orElseThrow(() -> Problems.invalid("strategy", "must be one of " + Strategy.WIRE_NAMES));
        return new Query(
                request.tenantId(),
                request.userId(),
                request.productId(),
                strategy,
                request.limit(),
                request.category(),
                request.minPrice(),
                request.maxPrice(),
                request.placementId(),
                rules,
                maxPerCategory(request),
                rotation(request));
    }

    /** The placement's diversity cap from its widget (0: none). */
    private int maxPerCategory(RecommendationRequest request) {
        return request.placementId() == null
                ? 0
                : placementSource()
                        .maxPerCategory(request.tenantId(), request.placementId())
                        .orElse(0);
    }

    /** The placement's rotation from its widget (null: none). */
    private @Nullable Rotation rotation(RecommendationRequest request) {
        return request.placementId() == null
                ? null
                : placementSource()
                        .rotation(request.tenantId(), request.placementId())
                        .orElse(null);
    }

    /** The widgets' placement settings (none without the widgets module); looked up once. */
    private PlacementStrategies placementSource() {
        PlacementStrategies source = placementSource;
        if (source == null) {
            source = placements.getIfAvailable(() -> (tenant, placement) -> java.util.Optional.empty());
            placementSource = source;
        }
        return source;
    }

    /** Requests for the same query arriving while it is computed wait for that computation instead of repeating it. */
    private Answer computeOnce(Query query) {
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = computing.putIfAbsent(query, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Answer answer = composer.compose(query);
            cache.store(query, answer);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(query, mine);
        }
    }
}
