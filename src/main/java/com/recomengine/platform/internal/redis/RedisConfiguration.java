package com.recomengine.platform.internal.redis;

import com.recomengine.platform.RedisLink;
import com.recomengine.platform.internal.PlatformProperties;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis when {@code RECOMENGINE_REDIS_URL} names one ({@code redis://…} a server, {@code redis-cluster://host:port,…}
 * a Redis Cluster in Lettuce's cluster mode); otherwise the application runs with in-process caches,
 * counters and limits. Commands fail fast while disconnected so that fallbacks answer instead of queues growing.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final String CLUSTER_SCHEME = "redis-cluster://";

    @Bean(destroyMethod = "close")
    RedisLink redisLink(PlatformProperties properties) {
        String url = properties.redis().url();
        if (url == null || url.isBlank()) {
            log.info("No RECOMENGINE_REDIS_URL configured: caches, counters, dedup and rate limits stay in-process");
            return RedisLink.none();
        }
        LettuceRedisLink link =
                new LettuceRedisLink(client(url, properties.redis().timeout()));
        if (link.tryConnect()) {
            log.info("Connected to {}", where(url));
        }
        return link;
    }

    /** A client for {@code url}: a {@link RedisClusterClient} for {@code redis-cluster://}, else a {@link RedisClient}. */
    static AbstractRedisClient client(String url, Duration timeout) {
        if (url.startsWith(CLUSTER_SCHEME)) {
            RedisClusterClient cluster = RedisClusterClient.create(clusterSeeds(url));
            cluster.setOptions(ClusterClientOptions.builder(clientOptions(timeout))
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enableAllAdaptiveRefreshTriggers()
                            .enablePeriodicRefresh(Duration.ofMinutes(1))
                            .build())
                    .build());
            return cluster;
        }
        RedisURI uri = RedisURI.create(url);
        // The handshake on (re)connect gets a generous timeout; each command afterwards gets the short one.
        uri.setTimeout(CONNECT_TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(clientOptions(timeout));
        return client;
    }

    private static String where(String url) {
        if (url.startsWith(CLUSTER_SCHEME)) {
            return "Redis Cluster at " + url.substring(CLUSTER_SCHEME.length()).replaceFirst("^.*@", "");
        }
        RedisURI uri = RedisURI.create(url);
        return "Redis at " + uri.getHost() + ":" + uri.getPort();
    }

    /**
     * {@code redis-cluster://[password@]host:port,host:port,...}: seed nodes of a cluster (any of its masters; the
     * rest of the topology is discovered). Each seed is read as {@code redis://[password@]host:port}.
     */
    static List<RedisURI> clusterSeeds(String url) {
        String rest = url.substring(CLUSTER_SCHEME.length());
        int at = rest.lastIndexOf('@');
        String credentials = at < 0 ? "" : rest.substring(0, at + 1);
        return Arrays.stream(rest.substring(at + 1).split(","))
                .map(String::strip)
                .filter(seed -> !seed.isEmpty())
                .map(seed -> {
                    RedisURI uri = RedisURI.create("redis://" + credentials + seed);
                    uri.setTimeout(CONNECT_TIMEOUT);
                    return uri;
                })
                .toList();
    }

    private static ClientOptions clientOptions(Duration timeout) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(
                        SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build();
    }
}
