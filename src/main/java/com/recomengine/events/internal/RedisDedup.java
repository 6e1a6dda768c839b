package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The fast path of idempotency. Each event has a key ({@link IncomingInteraction#redisKey()}, the tenant as hash
 * tag). A request claims all of its keys in one round trip, {@code SET key p NX GET EX 60} per key inside one
 * script, and after the commit the keys are set to {@code s} for the dedup window ({@code SET key s EX 86400}), one
 * script per tenant and flush. Only {@code s} lets a request answer "duplicate" without the database. A pending
 * key (another request in flight, or one whose writer died before its commit) or no Redis at all sends the event
 * to the database, whose unique index decides; so a claim can never lose an event, and Redis being down, flushed
 * or restarted costs only speed. Scripts rather than one command per key: a batch of 100 is one command to encode
 * and to run, not 100.
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

    private static final String CLAIM = """
            local seen = {}
            for i, key in ipairs(KEYS) do
              local previous = redis.call('SET', key, 'p', 'NX', 'GET', 'EX', ARGV[1])
              seen[i] = previous == 's' and 's' or '-'
            end
            return table.concat(seen)""";
    private static final String REMEMBER = """
            for _, key in ipairs(KEYS) do
              redis.call('SET', key, 's', 'EX', ARGV[1])
            end
            return #KEYS""";
    private static final String CLAIM_SECONDS = "60";
    private static final Duration CLAIM_TIMEOUT = Duration.ofMillis(500);

    private final RedisLink redis;
    private final String windowSeconds;

    RedisDedup(RedisLink redis, EventsProperties properties) {
        this.redis = redis;
        this.windowSeconds = Long.toString(properties.dedupWindow().toSeconds());
    }

    /** One request's events, all of one tenant: which of them Redis knows to be stored already. */
    Seen[] claim(List<IncomingInteraction> rows) {
        Seen[] seen = new Seen[rows.size()];
        Arrays.fill(seen, Seen.UNKNOWN);
        if (rows.isEmpty() || !redis.usable()) {
            return seen;
        }
        try {
            RedisFuture<String> reply = redis.connect().async().eval(CLAIM, ScriptOutputType.VALUE, keys(rows),
                    CLAIM_SECONDS);
            String marks = reply.get(CLAIM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (int i = 0; i < seen.length && i < marks.length(); i++) {
                seen[i] = marks.charAt(i) == 's' ? Seen.STORED : Seen.UNKNOWN;
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
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
            List<RedisFuture<Long>> replies = new ArrayList<>();
            byTenant(rows).forEach((tenant, ofTenant) -> replies.add(redis.connect().async()
                    .eval(REMEMBER, ScriptOutputType.INTEGER, keys(ofTenant), windowSeconds)));
            for (RedisFuture<Long> reply : replies) {
                reply.get(2, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            redis.markFailed(e);
        }
    }

    /** Lets go of claims whose rows could not be stored, so that a retry is not slowed; they expire anyway. */
    void release(List<IncomingInteraction> rows) {
        if (rows.isEmpty() || !redis.usable()) {
            return;
        }
        try {
            redis.connect().async().del(keys(rows));
        } catch (RuntimeException e) {
            redis.markFailed(e);
        }
    }

    private static String[] keys(List<IncomingInteraction> rows) {
        String[] keys = new String[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rows.get(i).redisKey();
        }
        return keys;
    }

    private static Map<TenantId, List<IncomingInteraction>> byTenant(List<IncomingInteraction> rows) {
        Map<TenantId, List<IncomingInteraction>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.tenant(), t -> new ArrayList<>()).add(row));
        return grouped;
    }
}
