package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.Recommendations;
import com.recomengine.recommendations.ResolvedStrategy;
import com.recomengine.recommendations.StrategyResolver;
import com.recomengine.shared.problem.Problems;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The {@link Recommendations} facade and the HTTP API's engine: validate, resolve the strategy, answer from the
 * cache (refreshing a stale answer in the background), else compute once for everyone asking the same at the same
 * moment and cache the result.
 */
@Service
public class RecommendationEngine implements Recommendations {

    static final int MAX_LIMIT = 100;
    private static final int MAX_ID = 256;

    private final StrategyResolver resolver;
    private final AnswerCache cache;
    private final AnswerComposer composer;
    private final RecommendationMetrics metrics;
    private final ConcurrentHashMap<Query, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();

    RecommendationEngine(
            StrategyResolver resolver, AnswerCache cache, AnswerComposer composer, RecommendationMetrics metrics) {
        this.resolver = resolver;
        this.cache = cache;
        this.composer = composer;
        this.metrics = metrics;
    }

    /** One placement's answer, and how it was arrived at. */
    record Served(byte[] data, Strategy strategyUsed, ResolvedStrategy resolved, Layer layer, Answer answer) {

        /** The whole response object, with a fresh recommendation id. */
        byte[] json(@Nullable String placementId) {
            return AnswerJson.response(data, meta(placementId));
        }

        AnswerJson.Meta meta(@Nullable String placementId) {
            return new AnswerJson.Meta(
                    AnswerJson.newRecommendationId(),
                    strategyUsed.wireName(),
                    placementId,
                    resolved.experimentId(),
                    resolved.variant(),
                    layer.wireName());
        }
    }

    @Override
    public RecommendationResult recommend(RecommendationRequest request) {
        Served served = serve(request);
        AnswerJson.Meta meta = served.meta(request.placementId());
        return new RecommendationResult(
                served.answer().items(),
                meta.recommendationId(),
                meta.strategy(),
                request.placementId(),
                served.resolved().experimentId(),
                served.resolved().variant(),
                meta.cache());
    }

    /** The response body of {@code GET /api/v1/recommendations} (SPEC §4b). */
    public byte[] json(RecommendationRequest request) {
        return serve(request).json(request.placementId());
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
            byte[] body = serve(new RecommendationRequest(
                            request.tenantId(),
                            request.userId(),
                            request.assignmentId(),
                            request.productId(),
                            placement,
                            request.strategy(),
                            request.limit(),
                            request.category(),
                            request.minPrice(),
                            request.maxPrice()))
                    .json(placement);
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
        validate(request);
        ResolvedStrategy resolved = resolver.resolve(request);
        Strategy strategy = Strategy.fromWire(resolved.strategy())
                .orElseThrow(() -> Problems.invalid("strategy", "must be one of " + Strategy.WIRE_NAMES));
        Query query = new Query(
                request.tenantId(),
                request.userId(),
                request.productId(),
                strategy,
                request.limit(),
                request.category(),
                request.minPrice(),
                request.maxPrice());
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
        metrics.answered(strategy, layer, System.nanoTime() - started);
        return new Served(answer.data(), answer.strategy(), resolved, layer, answer);
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

    private static void validate(RecommendationRequest request) {
        if (request.limit() < 1 || request.limit() > MAX_LIMIT) {
            throw Problems.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        identifier("userId", request.userId());
        identifier("assignmentId", request.assignmentId());
        identifier("productId", request.productId());
        identifier("placementId", request.placementId());
        if (request.strategy() != null && Strategy.fromWire(request.strategy()).isEmpty()) {
            throw Problems.invalid("strategy", "must be one of " + Strategy.WIRE_NAMES);
        }
        if (request.category() != null
                && (!printable(request.category()) || request.category().length() > 200)) {
            throw Problems.invalid("category", "must be 1 to 200 printable characters");
        }
        price("minPrice", request.minPrice());
        price("maxPrice", request.maxPrice());
        if (request.minPrice() != null
                && request.maxPrice() != null
                && request.minPrice().compareTo(request.maxPrice()) > 0) {
            throw Problems.invalid("minPrice", "must not be above maxPrice");
        }
    }

    private static void identifier(String field, @Nullable String value) {
        if (value != null && !printable(value)) {
            throw Problems.invalid(field, "must be 1 to " + MAX_ID + " printable characters");
        }
    }

    private static void price(String field, @Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw Problems.invalid(field, "must not be negative");
        }
    }

    /** 1 to 256 characters, no control characters, not only spaces (SPEC §4b). */
    static boolean printable(String value) {
        if (value.isEmpty() || value.length() > MAX_ID || value.isBlank()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
