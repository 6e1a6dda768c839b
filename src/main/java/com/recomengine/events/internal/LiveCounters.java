package com.recomengine.events.internal;

import com.recomengine.events.LiveCounts;
import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Today's counters per tenant, UTC day, placement and strategy, in one Redis hash per tenant and day:
 * {@code ctr:{tenant}:yyyy-MM-dd}, field {@code placement TAB strategy TAB metric}, metrics {@code impressions},
 * {@code clicks} (click and recommendation_click), {@code conversions} (purchase) and {@code revenueCents}. A flush's
 * new events are summed first and sent as one pipeline of {@code HINCRBY}s.
 */
@Component
class LiveCounters {

    static final String NONE = "-";

    private final RedisLink redis;
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

    private final Duration keep;

    LiveCounters(RedisLink redis, EventsProperties properties) {
        this.redis = redis;
        this.keep = properties.liveCountsKept();
    }

    void add(List<IncomingInteraction> added) {
        if (added.isEmpty() || !redis.usable()) {
            return;
        }
        Map<String, Map<String, Long>> increments = new HashMap<>();
        for (IncomingInteraction row : added) {
            String metric = switch (row.event().type()) {
                case IMPRESSION -> "impressions";
                case CLICK, RECOMMENDATION_CLICK -> "clicks";
                case PURCHASE -> "conversions";
                default -> null;
            };
            if (metric == null) {
                continue;
            }
            Map<String, Long> fields = increments.computeIfAbsent(key(row.tenant(), day(row)), k -> new HashMap<>());
            String prefix = orNone(row.placementId()) + "\t" + orNone(row.strategy()) + "\t";
            fields.merge(prefix + metric, 1L, Long::sum);
            if (row.revenueCents() > 0) {
                fields.merge(prefix + "revenueCents", row.revenueCents(), Long::sum);
            }
        }
        if (increments.isEmpty()) {
            return;
        }
        redis.pipeline(
                WRITE_TIMEOUT,
                pipeline -> increments.forEach((key, fields) -> {
                    fields.forEach((field, amount) -> pipeline.hincrby(key, field, amount));
                    pipeline.expire(key, keep);
                }));
    }

    List<LiveCounts> read(TenantId tenant, LocalDate day) {
        Map<String, String> fields = redis.call(commands -> commands.hgetall(key(tenant, day)), Map::of);
        Map<String, long[]> rows = new TreeMap<>();
        fields.forEach((field, value) -> {
            String[] parts = field.split("\t", 3);
            if (parts.length == 3) {
                long[] row = rows.computeIfAbsent(parts[0] + "\t" + parts[1], k -> new long[4]);
                int slot = switch (parts[2]) {
                    case "impressions" -> 0;
                    case "clicks" -> 1;
                    case "conversions" -> 2;
                    default -> 3;
                };
                row[slot] += Long.parseLong(value);
            }
        });
        List<LiveCounts> counts = new ArrayList<>();
        rows.forEach((placementAndStrategy, row) -> {
            String[] parts = placementAndStrategy.split("\t", 2);
            counts.add(new LiveCounts(parts[0], parts[1], row[0], row[1], row[2], row[3]));
        });
        return counts;
    }

    private static String key(TenantId tenant, LocalDate day) {
        return "ctr:{" + tenant + "}:" + day;
    }

    private static LocalDate day(IncomingInteraction row) {
        return LocalDate.ofInstant(row.event().timestamp(), ZoneOffset.UTC);
    }

    private static String orNone(@org.jspecify.annotations.Nullable String value) {
        return value == null ? NONE : value;
    }
}
