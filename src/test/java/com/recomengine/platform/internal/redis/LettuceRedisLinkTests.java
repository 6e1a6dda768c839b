package com.recomengine.platform.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.platform.RedisLink;
import com.recomengine.platform.RedisScript;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one failure policy, against the machine's Redis and against a port where nothing answers. */
class LettuceRedisLinkTests {

    private static final String URL = System.getenv().getOrDefault("RECOMENGINE_REDIS_URL", "redis://127.0.0.1:6379/1");

    private final RedisLink redis = LettuceRedisLink.connect(URL, Duration.ofSeconds(2));
    private final String key = "link-test:{" + UUID.randomUUID() + "}";

    @AfterEach
    void close() {
        redis.run(commands -> commands.del(key, key + ":list", key + ":hash"));
        redis.close();
    }

    @Test
    void answersCommandsScriptsAndPipelines() {
        assertThat(redis.run(commands -> commands.set(key, "v", Duration.ofSeconds(30))))
                .isTrue();
        Boolean setAgain = redis.call(commands -> commands.setIfAbsent(key, "w", Duration.ofSeconds(30)), () -> null);
        assertThat(setAgain).isFalse();
        List<String> values = redis.call(commands -> commands.mget(key, key + ":none"), List::of);
        assertThat(values).containsExactly("v", null);
        assertThat(redis.call(
                        commands -> commands.eval(
                                RedisScript.number("return redis.call('EXISTS', KEYS[1]) + tonumber(ARGV[1])"),
                                new String[] {key},
                                "41"),
                        () -> 0L))
                .isEqualTo(42L);
        assertThat(redis.pipelineAndRead(Duration.ofSeconds(2), pipeline -> {
                    var count = pipeline.hincrby(key + ":hash", "f", 3);
                    pipeline.lpush(key + ":list", "a", "b");
                    var value = pipeline.get(key);
                    return () -> value.get() + count.get();
                }))
                .contains("v3");
        Map<String, String> hash = redis.call(commands -> commands.hgetall(key + ":hash"), Map::of);
        assertThat(hash).containsEntry("f", "3");
        List<String> list = redis.call(commands -> commands.lrange(key + ":list", 0, -1), List::of);
        assertThat(list).containsExactly("b", "a");
    }

    @Test
    void anErrorAnsweredByRedisAnswersTheFallbackAndLeavesTheCircuitClosed() {
        redis.run(commands -> commands.lpush(key, "a list"));

        Map<String, String> wrongType = redis.call(commands -> commands.hgetall(key), () -> Map.of("fallback", "yes"));
        assertThat(wrongType).containsEntry("fallback", "yes");
        assertThat(redis.pipeline(Duration.ofSeconds(2), pipeline -> pipeline.hincrby(key, "f", 1)))
                .isFalse();
        assertThat(redis.usable()).isTrue();
        List<String> stillThere = redis.call(commands -> commands.lrange(key, 0, -1), List::of);
        assertThat(stillThere).containsExactly("a list");
    }

    @Test
    void anUnreachableRedisOpensTheCircuitAndEveryCallAnswersItsFallback() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (RedisLink down = LettuceRedisLink.connect("redis://127.0.0.1:" + port, Duration.ofMillis(200))) {
            assertThat(down.configured()).isTrue();
            assertThat(down.usable())
                    .as("the failed connect opened the circuit")
                    .isFalse();
            assertThat(down.call(commands -> commands.get(key), () -> "fallback"))
                    .isEqualTo("fallback");
            assertThat(down.attempt(commands -> commands.xlen("stream"))).isEmpty();
            assertThat(down.pipeline(Duration.ofSeconds(1), pipeline -> pipeline.get(key)))
                    .isFalse();
            assertThat(down.subscribe("channel", message -> {})).isEmpty();
            assertThat(down.ping()).isFalse();
        }
    }

    @Test
    void withoutRedisEveryCallAnswersItsFallback() {
        RedisLink none = RedisLink.none();
        assertThat(none.configured()).isFalse();
        assertThat(none.usable()).isFalse();
        assertThat(none.call(commands -> commands.get(key), () -> "fallback")).isEqualTo("fallback");
        assertThat(none.run(commands -> commands.set(key, "v"))).isFalse();
        assertThat(none.pipelineAndRead(Duration.ofSeconds(1), pipeline -> () -> "x"))
                .isEmpty();
    }
}
