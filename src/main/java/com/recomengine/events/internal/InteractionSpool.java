package com.recomengine.events.internal;

import com.recomengine.platform.ReadinessCheck;
import com.recomengine.platform.RedisLink;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class InteractionSpool implements ReadinessCheck {

    static final String GROUP = "ingest";
    private static final Logger log = LoggerFactory.getLogger(InteractionSpool.class);

    private final RedisLink redis;
    private final ObjectMapper json;
    private final SpoolProperties properties;

    InteractionSpool(RedisLink redis, ObjectMapper json, SpoolProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    /** A spooled entry as read back: its stream id, its fields as stored, and what they hold. */
    record Spooled(String id, Map<String, String> fields, SpoolEntry entry) {}

    /** Appends one request's rows; answers false when Redis is absent or fails (the caller then answers 503). */
    boolean append(SpoolEntry entry) {
        Map<String, String> fields = entry.encode(json);
        return redis.call(
                commands -> {
                    commands.xadd(properties.stream(), fields);
                    return true;
                },
                () -> false);
    }

    /** Creates the consumer group (and the stream) unless it exists; from the start, so no entry is skipped. */
    void ensureGroup() {
        try {
            commands()
                    .xgroupCreate(
                            StreamOffset.from(properties.stream(), "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: another instance, or an earlier start, made it.
        }
    }

    /** Entries this consumer read before but did not acknowledge (a drain that failed half way). */
    List<Spooled> ownPending(String consumer) {
        return read(consumer, StreamOffset.from(properties.stream(), "0"));
    }

    /** Entries no consumer has read yet. */
    List<Spooled> fresh(String consumer) {
        return read(consumer, StreamOffset.lastConsumed(properties.stream()));
    }

    /** Entries left unacknowledged by any consumer for {@code claimIdle} (one that died), now this one's. */
    List<Spooled> claimAbandoned(String consumer) {
        var claimed = commands()
                .xautoclaim(
                        properties.stream(),
                        XAutoClaimArgs.Builder.xautoclaim(Consumer.from(GROUP, consumer), properties.claimIdle(), "0-0")
                                .count(properties.perRead()));
        return decode(claimed.getMessages());
    }

    /**
     * Removes the group's consumers other than {@code self} that hold no pending entry and have not read for
     * {@code claimIdle}: instances that stopped or died (a new consumer name per start), once their entries were
     * claimed. In one script, so that no consumer reads an entry between the check and the removal (removing a
     * consumer drops its pending entries). A live instance removed while idle is made again by its next read.
     */
    long removeDeadConsumers(String self) {
        return commands()
                .eval(
                        REMOVE_DEAD_CONSUMERS,
                        ScriptOutputType.INTEGER,
                        new String[] {properties.stream()},
                        GROUP,
                        self,
                        Long.toString(properties.claimIdle().toMillis()));
    }

    private static final String REMOVE_DEAD_CONSUMERS = """
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
            """;

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
        RedisClusterCommands<String, String> commands = commands();
        commands.xdel(properties.stream(), array);
        commands.xack(properties.stream(), GROUP, array);
    }

    /**
     * Moves an entry PostgreSQL refuses for what it holds (not for being unreachable) to {@code <stream>:failed},
     * kept for an operator, so that it neither blocks the drain nor is lost.
     */
    void setAside(String id, Map<String, String> fields) {
        commands().xadd(properties.stream() + ":failed", fields);
        remove(List.of(id));
    }

    /** Entries still to store, or -1 when Redis cannot tell. */
    long depth() {
        return redis.call(commands -> commands.xlen(properties.stream()), () -> -1L);
    }

    @Override
    public String name() {
        return "spool";
    }

    /** The entries still to store, {@code NOT_CONFIGURED} without Redis, {@code UNKNOWN} while Redis fails. */
    @Override
    public Object state() {
        if (!redis.configured()) {
            return "NOT_CONFIGURED";
        }
        long depth = depth();
        return depth < 0 ? "UNKNOWN" : depth;
    }

    private List<Spooled> read(String consumer, StreamOffset<String> offset) {
        return decode(commands()
                .xreadgroup(Consumer.from(GROUP, consumer), XReadArgs.Builder.count(properties.perRead()), offset));
    }

    private List<Spooled> decode(List<StreamMessage<String, String>> messages) {
        List<Spooled> entries = new ArrayList<>(messages.size());
        for (StreamMessage<String, String> message : messages) {
            Map<String, String> body = message.getBody();
            if (body == null || body.isEmpty()) {
                remove(List.of(message.getId()));
                continue;
            }
            try {
                entries.add(new Spooled(message.getId(), body, SpoolEntry.decode(body, json)));
            } catch (RuntimeException unreadable) {
                log.error(
                        "Spool entry {} cannot be read; set aside in {}:failed",
                        message.getId(),
                        properties.stream(),
                        unreadable);
                setAside(message.getId(), body);
            }
        }
        return entries;
    }

    private RedisClusterCommands<String, String> commands() {
        return redis.connect().sync();
    }
}
