package com.recomengine.platform.internal.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;

/** The commands of one multiplexed connection, to a server or to a cluster. */
record LettuceConnection(
        StatefulConnection<String, String> stateful,
        LettuceCommands sync,
        RedisClusterAsyncCommands<String, String> async) {

    static LettuceConnection of(AbstractRedisClient client) {
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<String, String> connection = cluster.connect();
            return new LettuceConnection(connection, new LettuceCommands(connection.sync()), connection.async());
        }
        StatefulRedisConnection<String, String> connection = ((RedisClient) client).connect();
        return new LettuceConnection(connection, new LettuceCommands(connection.sync()), connection.async());
    }
}
