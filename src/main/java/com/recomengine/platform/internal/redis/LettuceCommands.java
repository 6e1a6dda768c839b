package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisCommands;
import com.recomengine.platform.RedisScript;
import com.recomengine.platform.StreamConsumer;
import com.recomengine.platform.StreamEntry;
import io.lettuce.core.Consumer;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/** {@link RedisCommands} over a Lettuce connection's synchronous commands. */
@RequiredArgsConstructor
final class LettuceCommands implements RedisCommands {

    private final RedisClusterCommands<String, String> redis;

    String ping() {
        return redis.ping();
    }

    @Override
    public @Nullable String get(String key) {
        return redis.get(key);
    }

    @Override
    public List<@Nullable String> mget(String... keys) {
        return values(redis.mget(keys));
    }

    @Override
    public void set(String key, String value) {
        redis.set(key, value);
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        redis.set(key, value, ttl(ttl));
    }

    @Override
    public boolean setIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(redis.set(key, value, ttl(ttl).nx()));
    }

    @Override
    public boolean exists(String key) {
        return redis.exists(key) > 0;
    }

    @Override
    public long del(String... keys) {
        return redis.del(keys);
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        return Boolean.TRUE.equals(redis.expire(key, ttl));
    }

    @Override
    public long hincrby(String key, String field, long amount) {
        return redis.hincrby(key, field, amount);
    }

    @Override
    public Map<String, String> hgetall(String key) {
        return redis.hgetall(key);
    }

    @Override
    public long lpush(String key, String... values) {
        return redis.lpush(key, values);
    }

    @Override
    public void ltrim(String key, long start, long stop) {
        redis.ltrim(key, start, stop);
    }

    @Override
    public List<String> lrange(String key, long start, long stop) {
        return redis.lrange(key, start, stop);
    }

    @Override
    public <T> T eval(RedisScript<T> script, String[] keys, String... args) {
        return redis.eval(script.source(), outputType(script), keys, args);
    }

    @Override
    public String xadd(String stream, Map<String, String> fields) {
        return redis.xadd(stream, fields);
    }

    @Override
    public List<StreamEntry> xreadgroup(String stream, String group, String consumer, String from, long count) {
        StreamOffset<String> offset =
                StreamEntry.NEW.equals(from) ? StreamOffset.lastConsumed(stream) : StreamOffset.from(stream, from);
        return entries(redis.xreadgroup(Consumer.from(group, consumer), XReadArgs.Builder.count(count), offset));
    }

    @Override
    public List<StreamEntry> xautoclaim(String stream, String group, String consumer, Duration minIdle, long count) {
        return entries(redis.xautoclaim(
                        stream,
                        XAutoClaimArgs.Builder.xautoclaim(Consumer.from(group, consumer), minIdle, "0-0")
                                .count(count))
                .getMessages());
    }

    @Override
    public long xack(String stream, String group, String... ids) {
        return redis.xack(stream, group, ids);
    }

    @Override
    public long xdel(String stream, String... ids) {
        return redis.xdel(stream, ids);
    }

    @Override
    public long xlen(String stream) {
        return redis.xlen(stream);
    }

    @Override
    public boolean xgroupCreate(String stream, String group, String from) {
        try {
            redis.xgroupCreate(StreamOffset.from(stream, from), group, XGroupCreateArgs.Builder.mkstream());
            return true;
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP
            return false;
        }
    }

    @Override
    public boolean xgroupCreateconsumer(String stream, String group, String consumer) {
        return Boolean.TRUE.equals(redis.xgroupCreateconsumer(stream, Consumer.from(group, consumer)));
    }

    @Override
    public long xgroupDelconsumer(String stream, String group, String consumer) {
        return redis.xgroupDelconsumer(stream, Consumer.from(group, consumer));
    }

    @Override
    public List<StreamConsumer> xinfoConsumers(String stream, String group) {
        List<StreamConsumer> consumers = new ArrayList<>();
        for (Object consumer : redis.xinfoConsumers(stream, group)) {
            List<?> pairs = (List<?>) consumer;
            String name = "";
            long pending = 0;
            long idle = 0;
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                Object value = pairs.get(i + 1);
                switch (String.valueOf(pairs.get(i))) {
                    case "name" -> name = String.valueOf(value);
                    case "pending" -> pending = ((Number) value).longValue();
                    case "idle" -> idle = ((Number) value).longValue();
                    default -> {}
                }
            }
            consumers.add(new StreamConsumer(name, pending, idle));
        }
        return consumers;
    }

    @Override
    public long publish(String channel, String message) {
        return redis.publish(channel, message);
    }

    static SetArgs ttl(Duration ttl) {
        return SetArgs.Builder.ex(Math.max(1, ttl.toSeconds()));
    }

    static ScriptOutputType outputType(RedisScript<?> script) {
        return switch (script.answer()) {
            case TEXT -> ScriptOutputType.VALUE;
            case NUMBER -> ScriptOutputType.INTEGER;
            case STATUS -> ScriptOutputType.STATUS;
        };
    }

    static List<@Nullable String> values(List<KeyValue<String, String>> values) {
        List<@Nullable String> answer = new ArrayList<>(values.size());
        for (KeyValue<String, String> value : values) {
            answer.add(value.hasValue() ? value.getValue() : null);
        }
        return answer;
    }

    private static List<StreamEntry> entries(List<StreamMessage<String, String>> messages) {
        List<StreamEntry> entries = new ArrayList<>(messages.size());
        for (StreamMessage<String, String> message : messages) {
            Map<String, String> body = message.getBody();
            entries.add(new StreamEntry(message.getId(), body == null ? Map.of() : body));
        }
        return entries;
    }
}
