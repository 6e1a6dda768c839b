package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The fast path of idempotency. A key per event ({@link IncomingInteraction#redisKey()}) is claimed with
 * {@code SET key pending NX GET EX 60} for the whole request in one pipelined round trip, and set to
 * {@code stored} for a day ({@code EX 86400}) once the row is committed. Only {@code stored} lets a request answer
 * "duplicate" without the database; a pending key (another request in flight, or one that died before its commit)
 * or no Redis at all sends the event to the database, whose unique index decides. So a claim never loses an event
 * whose writer crashed, and Redis being down, flushed or restarted only costs speed.
 */
@Component
class RedisDedup {

    /** What Redis knows of an event before it is written. */
    enum Seen {
        /** Stored before: a duplicate, no need to ask the database. */
        STORED,
        /** Not known to be stored (claimed now, claimed by another request, or Redis unusable): write it. */
        UNKNOWN
    }

    private static final String PENDING = "p";
    private static final String STORED = "s";
    private static final SetArgs CLAIM = SetArgs.Builder.nx().ex(60);

    private final RedisLink redis;
    private final SetArgs remember;
    private final Duration timeout;

    RedisDedup(RedisLink redis, EventsProperties properties) {
        this.redis = redis;
        this.remember = SetArgs.Builder.ex(properties.dedupWindow());
        this.timeout = Duration.ofMillis(500);
    }

    Seen[] claim(List<IncomingInteraction> rows) {
        Seen[] seen = new Seen[rows.size()];
        Arrays.fill(seen, Seen.UNKNOWN);
        if (rows.isEmpty() || !redis.usable()) {
            return seen;
        }
        try {
            RedisAsyncCommands<String, String> async = redis.connect().async();
            List<RedisFuture<String>> replies = new ArrayList<>(rows.size());
            for (IncomingInteraction row : rows) {
                replies.add(async.setGet(row.redisKey(), PENDING, CLAIM));
            }
            if (!LettuceFutures.awaitAll(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    replies.toArray(new RedisFuture<?>[0]))) {
                throw new IllegalStateException("Redis did not answer the dedup claims in " + timeout);
            }
            for (int i = 0; i < seen.length; i++) {
                seen[i] = STORED.equals(replies.get(i).get()) ? Seen.STORED : Seen.UNKNOWN;
            }
        } catch (Exception e) {
            redis.markFailed(e);
            Arrays.fill(seen, Seen.UNKNOWN);
        }
        return seen;
    }

    /** Remembers committed events for the dedup window; best effort, off the answer's path. */
    void markStored(List<IncomingInteraction> rows) {
        if (rows.isEmpty() || !redis.usable()) {
            return;
        }
        try {
            RedisAsyncCommands<String, String> async = redis.connect().async();
            List<RedisFuture<String>> replies = new ArrayList<>(rows.size());
            for (IncomingInteraction row : rows) {
                replies.add(async.set(row.redisKey(), STORED, remember));
            }
            LettuceFutures.awaitAll(Duration.ofSeconds(2).toMillis(), TimeUnit.MILLISECONDS,
                    replies.toArray(new RedisFuture<?>[0]));
        } catch (RuntimeException e) {
            redis.markFailed(e);
        }
    }

    /** Lets go of claims whose rows could not be stored, so that a retry is not slowed; they expire anyway. */
    void release(List<IncomingInteraction> rows) {
        if (rows.isEmpty() || !redis.usable()) {
            return;
        }
        try {
            redis.connect().async().del(rows.stream().map(IncomingInteraction::redisKey).toArray(String[]::new));
        } catch (RuntimeException e) {
            redis.markFailed(e);
        }
    }
}
