package com.recomengine.events.internal;

import com.recomengine.events.IngestionRejections;
import com.recomengine.events.RejectionSummary;
import com.recomengine.events.RejectionSummary.Example;
import com.recomengine.events.RejectionSummary.ReasonCount;
import com.recomengine.events.internal.IngestionOutcome.ItemResult;
import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@link IngestionRejections} in Redis: a hash per tenant and UTC day ({@code rj:{tenant}:day}, reason → count)
 * and a list of the last {@value #RECENT} ({@code rjl:{tenant}}, "epoch millis TAB event type TAB reason"), both
 * kept two days. A batch's entries are written by one background thread (a full queue drops them: these are
 * diagnostics, never worth slowing ingestion for); without Redis they are kept in memory.
 */
@Component
@RequiredArgsConstructor
class RejectionLog implements IngestionRejections {

    static final int RECENT = 20;
    static final int MAX_TEXT = 160;
    static final Duration KEPT = Duration.ofDays(2);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

    private final RedisLink redis;
    private final Clock clock = Clock.systemUTC();
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000),
            Thread.ofVirtual().name("rejection-log").factory(),
            new ThreadPoolExecutor.DiscardPolicy());
    private final Map<String, Map<String, Long>> counts = new ConcurrentHashMap<>();
    private final Map<TenantId, Deque<String>> recent = new ConcurrentHashMap<>();

    /** Notes a request's duplicates and rejections; returns at once. */
    void record(TenantId tenant, List<@Nullable JsonNode> events, IngestionOutcome outcome) {
        if (outcome.duplicates() + outcome.rejected() == 0) {
            return;
        }
        Instant at = clock.instant();
        List<String[]> entries = new ArrayList<>();
        for (ItemResult result : outcome.results()) {
            if (result.status() != IngestionOutcome.Status.ACCEPTED) {
                String reason = result.status() == IngestionOutcome.Status.DUPLICATE
                        ? RejectionSummary.DUPLICATE
                        : cut(result.reason() == null ? "rejected" : result.reason());
                entries.add(new String[] {reason, eventType(events.get(result.index()))});
            }
        }
        writer.execute(() -> write(tenant, at, entries));
    }

    @Override
    public RejectionSummary today(TenantId tenant) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, String> fields = redis.call(c -> c.hgetall(countsKey(tenant, day)), Map::of);
        List<String> lines = redis.call(c -> c.lrange(recentKey(tenant), 0, RECENT - 1), List::of);
        Map<String, Long> memory = counts.getOrDefault(countsKey(tenant, day), Map.of());
        List<ReasonCount> reasons = new ArrayList<>();
        (fields.isEmpty() ? asText(memory) : fields)
                .forEach((reason, n) -> reasons.add(new ReasonCount(reason, Long.parseLong(n))));
        reasons.sort(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::reason));
        List<Example> examples = new ArrayList<>();
        for (String line : lines.isEmpty() ? remembered(tenant) : lines) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                examples.add(new Example(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1], parts[2]));
            }
        }
        return new RejectionSummary(day, reasons, examples);
    }

    private void write(TenantId tenant, Instant at, List<String[]> entries) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        List<String> lines = entries.subList(Math.max(0, entries.size() - RECENT), entries.size()).stream()
                .map(e -> at.toEpochMilli() + "\t" + e[1] + "\t" + e[0])
                .toList();
        if (writeRedis(tenant, day, entries, lines)) {
            return;
        }
        counts.keySet().removeIf(key -> !key.endsWith(":" + day));
        Map<String, Long> today = counts.computeIfAbsent(countsKey(tenant, day), k -> new ConcurrentHashMap<>());
        entries.forEach(e -> today.merge(e[0], 1L, Long::sum));
        Deque<String> last = recent.computeIfAbsent(tenant, t -> new ArrayDeque<>());
        synchronized (last) {
            lines.forEach(last::addFirst);
            while (last.size() > RECENT) {
                last.removeLast();
            }
        }
    }

    private boolean writeRedis(TenantId tenant, LocalDate day, List<String[]> entries, List<String> lines) {
        Map<String, Long> increments = new HashMap<>();
        entries.forEach(e -> increments.merge(e[0], 1L, Long::sum));
        String countsKey = countsKey(tenant, day);
        return redis.pipeline(WRITE_TIMEOUT, pipeline -> {
            increments.forEach((reason, n) -> pipeline.hincrby(countsKey, reason, n));
            pipeline.expire(countsKey, KEPT);
            pipeline.lpush(recentKey(tenant), lines.toArray(String[]::new));
            pipeline.ltrim(recentKey(tenant), 0, RECENT - 1);
            pipeline.expire(recentKey(tenant), KEPT);
        });
    }

    private List<String> remembered(TenantId tenant) {
        Deque<String> last = recent.get(tenant);
        if (last == null) {
            return List.of();
        }
        synchronized (last) {
            return List.copyOf(last);
        }
    }

    private static Map<String, String> asText(Map<String, Long> counts) {
        Map<String, String> text = new HashMap<>();
        counts.forEach((reason, n) -> text.put(reason, Long.toString(n)));
        return text;
    }

    private static String eventType(@Nullable JsonNode event) {
        JsonNode type = event == null ? null : event.get("eventType");
        return type != null && type.isString() && !type.stringValue().isBlank() ? cut(type.stringValue()) : "?";
    }

    /** One line of text, at most {@value #MAX_TEXT} characters (what a client sent is shown back as is). */
    private static String cut(String text) {
        String line = text.replaceAll("[\\t\\r\\n]", " ");
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT) + "…";
    }

    private static String countsKey(TenantId tenant, LocalDate day) {
        return "rj:{" + tenant + "}:" + day;
    }

    private static String recentKey(TenantId tenant) {
        return "rjl:{" + tenant + "}";
    }
}
