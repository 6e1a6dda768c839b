package com.recomengine.dashboard.internal;

import com.recomengine.events.Interaction;
import com.recomengine.events.InteractionType;
import com.recomengine.events.Interactions;
import com.recomengine.events.LiveCounts;
import com.recomengine.events.StoredInteraction;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The live event stream of the dashboard: while someone watches a tenant, this instance reads the tenant's newly
 * stored interactions every second from PostgreSQL (by storage time, so it shows what any instance ingested) and
 * sends each to the watchers over server-sent events, numbered; a reconnecting browser sends the last number it saw
 * ({@code Last-Event-ID}) and gets what it missed from a short backlog. The number is the row's storage time in
 * milliseconds times 1000 plus its rank within that millisecond, so every instance numbers a row alike and a
 * browser that reconnects to another instance behind a round robin neither repeats nor skips rows. Every few
 * seconds it also sends today's counts per type. Nothing is read for tenants nobody watches.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LiveFeed {

    static final int BACKLOG = 200;
    static final int PER_POLL = 500;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration OVERLAP = Duration.ofSeconds(5);
    static final Duration KEEP_UNWATCHED = Duration.ofMinutes(2);
    static final long EMITTER_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private final Interactions interactions;
    private final ObjectMapper json;
    private final Map<TenantId, Channel> channels = new ConcurrentHashMap<>();
    private long ticks;

    /** One interaction as the browser gets it. */
    public record Item(
            long seq,
            String type,
            String userId,
            @Nullable String productId,
            @Nullable String placementId,
            @Nullable String strategy,
            Instant timestamp,
            Instant storedAt) {}

    /** Today's totals per type (UTC day), and today's purchase revenue from the live counters (0 without Redis). */
    public record Counts(Map<String, Long> today, long total, long revenueCents) {}

    /** Opens a stream for the tenant; {@code lastSeen} is the browser's Last-Event-ID after a reconnect. */
    public SseEmitter watch(TenantId tenant, @Nullable Long lastSeen) {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
        Channel channel = channels.computeIfAbsent(tenant, t -> new Channel());
        channel.join(emitter, lastSeen == null ? -1 : lastSeen);
        Runnable leave = () -> channel.leave(emitter);
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        List<Item> missed = channel.after(lastSeen == null ? -1 : lastSeen);
        try {
            emitter.send(SseEmitter.event().reconnectTime(2000).comment("recomengine live"));
            for (Item item : missed) {
                emitter.send(event(item));
            }
            emitter.send(SseEmitter.event().name("counts").data(counts(tenant)));
        } catch (IOException | IllegalStateException e) {
            channel.leave(emitter);
        }
        return emitter;
    }

    @Scheduled(fixedDelayString = "${recomengine.dashboard.live-poll:1s}")
    void poll() {
        ticks++;
        Instant now = Instant.now();
        channels.forEach((tenant, channel) -> {
            if (channel.emitters.isEmpty()) {
                if (channel.unwatchedSince != null
                        && channel.unwatchedSince.plus(KEEP_UNWATCHED).isBefore(now)) {
                    channels.remove(tenant, channel);
                }
                return;
            }
            try (TenantScope.Entered ignored = TenantScope.enter(tenant)) {
                List<Item> fresh = channel.take(
                        interactions.storedSince(tenant, channel.cursor.minus(OVERLAP), WINDOW, PER_POLL),
                        this::metadata);
                for (Item item : fresh) {
                    channel.broadcast(item.seq(), () -> event(item));
                }
                if (!fresh.isEmpty() || ticks % 5 == 0) {
                    Counts counts = counts(tenant);
                    channel.broadcast(
                            Long.MAX_VALUE,
                            () -> SseEmitter.event().name("counts").data(counts));
                } else if (ticks % 15 == 0) {
                    channel.broadcast(Long.MAX_VALUE, () -> SseEmitter.event().comment("keep-alive"));
                }
            } catch (RuntimeException e) {
                log.warn("Live feed of tenant {} could not be read: {}", tenant, e.toString());
            }
        });
    }

    int watchers(TenantId tenant) {
        Channel channel = channels.get(tenant);
        return channel == null ? 0 : channel.emitters.size();
    }

    private Counts counts(TenantId tenant) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant start = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Long> byType = new LinkedHashMap<>();
        for (InteractionType type : InteractionType.values()) {
            byType.put(type.wireName(), 0L);
        }
        interactions
                .countByType(tenant, start, start.plus(Duration.ofDays(1)))
                .forEach((type, n) -> byType.put(type.wireName(), n));
        long revenue = interactions.liveCounts(tenant, today).stream()
                .mapToLong(LiveCounts::revenueCents)
                .sum();
        return new Counts(
                byType, byType.values().stream().mapToLong(Long::longValue).sum(), revenue);
    }

    private SseEmitter.SseEventBuilder event(Item item) {
        return SseEmitter.event()
                .id(Long.toString(item.seq()))
                .name("interaction")
                .data(item);
    }

    private String[] metadata(@Nullable String metadata) {
        if (metadata == null) {
            return new String[2];
        }
        try {
            JsonNode node = json.readTree(metadata);
            return new String[] {text(node, "placementId"), text(node, "strategy")};
        } catch (RuntimeException e) {
            return new String[2];
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    /** The watchers of one tenant, what was sent lately, and where reading stopped. */
    private static final class Channel {

        final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
        /** Per watcher, the last number it saw before it joined: rows up to it are not sent again. */
        final Map<SseEmitter, Long> seenBefore = new ConcurrentHashMap<>();

        final Deque<Item> backlog = new ArrayDeque<>();
        /** Keys of the rows read within the overlap, so that reading a few seconds back sends nothing twice. */
        final Map<String, Instant> recent = new LinkedHashMap<>();

        Instant cursor = Instant.now().minus(WINDOW);
        long lastMillis = -1;
        int rank;

        @Nullable
        Instant unwatchedSince;

        void join(SseEmitter emitter, long lastSeen) {
            seenBefore.put(emitter, lastSeen);
            emitters.add(emitter);
        }

        synchronized List<Item> after(long lastSeen) {
            return backlog.stream().filter(item -> item.seq() > lastSeen).toList();
        }

        synchronized List<Item> take(List<StoredInteraction> rows, Function<@Nullable String, String[]> metadata) {
            List<Item> fresh = new ArrayList<>();
            for (StoredInteraction row : rows) {
                Interaction i = row.interaction();
                String key = i.type().wireName()
                        + '\u0000'
                        + i.userId()
                        + '\u0000'
                        + i.productId()
                        + '\u0000'
                        + i.timestamp()
                        + '\u0000'
                        + i.eventId()
                        + '\u0000'
                        + row.storedAt();
                if (recent.putIfAbsent(key, row.storedAt()) != null) {
                    continue;
                }
                String[] meta = metadata.apply(i.metadata());
                Item item = new Item(
                        number(row.storedAt()),
                        i.type().wireName(),
                        i.userId(),
                        i.productId(),
                        meta[0],
                        meta[1],
                        i.timestamp(),
                        row.storedAt());
                fresh.add(item);
                backlog.addLast(item);
                while (backlog.size() > BACKLOG) {
                    backlog.removeFirst();
                }
                if (row.storedAt().isAfter(cursor)) {
                    cursor = row.storedAt();
                }
            }
            Instant horizon = cursor.minus(OVERLAP).minusSeconds(1);
            recent.values().removeIf(storedAt -> storedAt.isBefore(horizon));
            return fresh;
        }

        /** Rows come in storage order: the rank counts the rows of one millisecond (at most 1000 of them). */
        private long number(Instant storedAt) {
            long millis = storedAt.toEpochMilli();
            rank = millis == lastMillis ? Math.min(rank + 1, 999) : 0;
            lastMillis = millis;
            return millis * 1000 + rank;
        }

        /**
         * Sends to every watcher that has not seen number {@code seq}; a builder is used once, so each watcher gets
         * its own.
         */
        void broadcast(long seq, Supplier<SseEmitter.SseEventBuilder> event) {
            Set<SseEmitter> gone = new HashSet<>();
            for (SseEmitter emitter : emitters) {
                if (seq <= seenBefore.getOrDefault(emitter, -1L)) {
                    continue;
                }
                try {
                    emitter.send(event.get());
                } catch (IOException | IllegalStateException e) {
                    gone.add(emitter);
                }
            }
            gone.forEach(this::leave);
        }

        void leave(SseEmitter emitter) {
            emitters.remove(emitter);
            seenBefore.remove(emitter);
            if (emitters.isEmpty()) {
                unwatchedSince = Instant.now();
            }
        }
    }
}
