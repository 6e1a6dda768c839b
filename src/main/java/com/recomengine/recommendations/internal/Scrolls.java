package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.RedisLink;
import com.recomengine.recommendations.Rotation;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What infinite scroll needs to continue an answer ({@code GET /recommendations/next}): the query behind a
 * {@code recommendationId} and the products already returned under it, kept {@value #MINUTES} minutes in Redis (so
 * any instance continues it) and here (so one instance without Redis does too). Written with every answer, without
 * waiting for Redis.
 */
@Component
@RequiredArgsConstructor
class Scrolls {

    static final int MINUTES = 30;
    private static final Duration KEEP = Duration.ofMinutes(MINUTES);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer being scrolled: its query (as first asked) and every product returned so far, in order. */
    record Scroll(Query query, List<String> served) {}

    private final RedisLink redis;
    private final Cache<String, String> local =
            Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(KEEP).build();

    void remember(String recommendationId, Query query, List<String> served) {
        String value = write(new Scroll(query, served));
        local.put(recommendationId, value);
        redis.send(commands -> commands.set(key(recommendationId), value, KEEP));
    }

    /** Extends the scroll, keeping the time it was first answered as the start of its 30 minutes. */
    void extend(String recommendationId, Scroll scroll) {
        String value = write(scroll);
        local.asMap().replace(recommendationId, value);
        redis.send(commands -> commands.setKeepingTtl(key(recommendationId), value));
    }

    Optional<Scroll> find(TenantId tenant, String recommendationId) {
        String value = local.getIfPresent(recommendationId);
        if (value == null) {
            value = redis.call(commands -> commands.get(key(recommendationId)), () -> null);
        }
        return Optional.ofNullable(value)
                .map(Scrolls::read)
                .filter(s -> s.query().tenant().equals(tenant));
    }

    private static String key(String recommendationId) {
        return "reco:next:" + recommendationId;
    }

    private static String write(Scroll scroll) {
        Query q = scroll.query();
        ObjectNode node = JSON.createObjectNode()
                .put("tenant", q.tenant().toString())
                .put("userId", q.userId())
                .put("productId", q.productId())
                .put("strategy", q.strategy().wireName())
                .put("limit", q.limit())
                .put("category", q.category())
                .put("minPrice", q.minPrice())
                .put("maxPrice", q.maxPrice())
                .put("placementId", q.placementId())
                .put("rules", q.rules())
                .put("maxPerCategory", q.maxPerCategory());
        if (q.rotation() != null) {
            node.put("rotationHours", q.rotation().hours())
                    .put("rotationStrength", q.rotation().strength());
        }
        scroll.served().forEach(node.putArray("served")::add);
        return node.toString();
    }

    private static Scroll read(String value) {
        JsonNode node = JSON.readTree(value);
        Query query = new Query(
                TenantId.of(node.get("tenant").asString()),
                AnswerJson.text(node.get("userId")),
                AnswerJson.text(node.get("productId")),
                Strategy.fromWire(node.get("strategy").asString()).orElseThrow(),
                node.get("limit").asInt(),
                AnswerJson.text(node.get("category")),
                AnswerJson.decimal(node.get("minPrice")),
                AnswerJson.decimal(node.get("maxPrice")),
                AnswerJson.text(node.get("placementId")),
                node.get("rules").asBoolean(),
                node.get("maxPerCategory").asInt(),
                node.has("rotationHours")
                        ? new Rotation(
                                node.get("rotationHours").asInt(),
                                node.get("rotationStrength").asDouble())
                        : null);
        List<String> served = new ArrayList<>();
        node.get("served").forEach(id -> served.add(id.asString()));
        return new Scroll(query, served);
    }
}
