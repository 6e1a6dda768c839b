package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisLink;
import com.recomengine.platform.internal.PlatformProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis when {@code RECOMENGINE_REDIS_URL} names one; otherwise the application runs with in-process caches,
 * counters and limits. Commands fail fast while disconnected so that fallbacks answer instead of queues growing.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    RedisLink redisLink(PlatformProperties properties) {
        String url = properties.redis().url();
        Duration timeout = properties.redis().timeout();
        if (url == null || url.isBlank()) {
            log.info("No RECOMENGINE_REDIS_URL configured: caches, counters, dedup and rate limits stay in-process");
            return RedisLink.none();
        }
        RedisURI uri = RedisURI.create(url);
        // The handshake on (re)connect gets a generous timeout; each command afterwards gets the short one.
        uri.setTimeout(CONNECT_TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(
                        SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        RedisLink link = new RedisLink(client);
        try {
            link.connect();
            log.info("Connected to Redis at {}:{}", uri.getHost(), uri.getPort());
        } catch (RuntimeException e) {
            link.markFailed(e);
        }
        return link;
    }
}
