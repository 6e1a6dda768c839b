package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import com.recomengine.platform.RedisScript;
import com.recomengine.platform.StreamEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The Redis Stream that holds accepted events while PostgreSQL is unreachable: one entry per request
 * ({@link SpoolEntry}), read by the consumer group {@code ingest} in which each instance is one consumer. Reads
 * never block (the Redis connection is shared by every module); the drainer polls instead.
 */
@Component
@RequiredArgsConstructor
class InteractionSpool {

    static final String GROUP = "ingest";
    private static final Logger log = LoggerFactory.getLogger(InteractionSpool.class);

    private final RedisLink redis;
    private final ObjectMapper json;
    private final SpoolProperties properties;

    /** A spooled entry as read back: its stream id, its fields as stored, and what they hold. */
    record Spooled(String id, Map<String, String> fields, SpoolEntry entry) {}

    /** Appends one request's rows; answers false when Redis is absent or fails (the caller then answers 503). */
    boolean append(SpoolEntry entry) {
        Map<String, String> fields = entry.encode(json);
        return redis.run(commands -> commands.xadd(properties.stream(), fields));
    }

    /**
     * Creates the consumer group (and the stream) unless it exists; from the start, so no entry is skipped. Answers
     * whether the group is there now.
     */
    boolean ensureGroup() {
        // false from XGROUP CREATE: another instance, or an earlier start, made it.
        return redis.run(commands -> commands.xgroupCreate(properties.stream(), GROUP, "0"));
    }

    /**
     * Entries this consumer read before but did not acknowledge (a drain that failed half way); empty when Redis
     * does not answer, or answers an error (no group: Redis restarted empty or was flushed).
     */
    Optional<List<Spooled>> ownPending(String consumer) {
        return read(consumer, "0");
    }

    /** Entries no consumer has read yet; empty as {@link #ownPending}. */
    Optional<List<Spooled>> fresh(String consumer) {
        return read(consumer, StreamEntry.NEW);
    }

    /**
     * Entries left unacknowledged by any consumer for {@code claimIdle} (one that died), now this one's; empty as
     * {@link #ownPending}.
     */
    Optional<List<Spooled>> claimAbandoned(String consumer) {
        return redis.attempt(commands -> commands.xautoclaim(
                        properties.stream(), GROUP, consumer, properties.claimIdle(), properties.perRead()))
                .map(this::decode);
    }

    /**
     * Removes the group's consumers other than {@code self} that hold no pending entry and have not read for
     * {@code claimIdle}: instances that stopped or died (a new consumer name per start), once their entries were
     * claimed. In one script, so that no consumer reads an entry between the check and the removal (removing a
     * consumer drops its pending entries). A live instance removed while idle is made again by its next read.
     */
    long removeDeadConsumers(String self) {
        return redis.call(
                commands -> commands.eval(
                        REMOVE_DEAD_CONSUMERS,
                        new String[] {properties.stream()},
                        GROUP,
                        self,
                        Long.toString(properties.claimIdle().toMillis())),
                () -> 0L);
    }

    private static final RedisScript<Long> REMOVE_DEAD_CONSUMERS = RedisScript.number("""
            local removed = 0
            for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
              local info = {}
              for i = 1, #consumer, 2 do info[consumer[i]] = consumer[i + 1] end
              if info['name'] ~= ARGV[2] and info['pending'] == 0 and info['idle'] >= tonumber(ARGV[3]) then
                redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], info['name'])
                removed = removed + 1
              end
            end
            return removed
            """);

    /**
     * Deletes and acknowledges entries whose rows are committed, so that the stream holds only what is still to
     * store. Deleted first: if the acknowledgement is lost, the pending id left behind reads back empty and is
     * acknowledged then, whereas an entry acknowledged but not deleted would never be read again.
     */
    void remove(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String[] array = ids.toArray(String[]::new);
        redis.run(commands -> {
            commands.xdel(properties.stream(), array);
            commands.xack(properties.stream(), GROUP, array);
        });
    }

    /**
     * Moves an entry PostgreSQL refuses for what it holds (not for being unreachable) to {@code <stream>:failed},
     * kept for an operator, so that it neither blocks the drain nor is lost.
     */
    void setAside(String id, Map<String, String> fields) {
        if (redis.run(commands -> commands.xadd(properties.stream() + ":failed", fields))) {
            remove(List.of(id));
        }
    }

    /** Entries still to store, or -1 when Redis cannot tell. */
    long depth() {
        return redis.call(commands -> commands.xlen(properties.stream()), () -> -1L);
    }

    private Optional<List<Spooled>> read(String consumer, String from) {
        return redis.attempt(commands ->
                        commands.xreadgroup(properties.stream(), GROUP, consumer, from, properties.perRead()))
                .map(this::decode);
    }

    private List<Spooled> decode(List<StreamEntry> read) {
        List<Spooled> entries = new ArrayList<>(read.size());
        for (StreamEntry message : read) {
            Map<String, String> body = message.fields();
            if (body.isEmpty()) {
                remove(List.of(message.id()));
                continue;
            }
            try {
                entries.add(new Spooled(message.id(), body, SpoolEntry.decode(body, json)));
            } catch (RuntimeException unreadable) {
                log.error(
                        "Spool entry {} cannot be read; set aside in {}:failed",
                        message.id(),
                        properties.stream(),
                        unreadable);
                setAside(message.id(), body);
            }
        }
        return entries;
    }
}
