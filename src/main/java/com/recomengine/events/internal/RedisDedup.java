package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The fast path of idempotency. Each event has a key ({@link IncomingInteraction#redisKey()}, the tenant as hash
 * tag) and each request an id. A request claims all of its keys in one round trip: one script runs
 * {@code SET key <request id> NX GET EX 86400} per key. After the request's rows are committed, one marker
 * {@code dc:{tenant}:<request id>} is set for the same day, off the answer's path. A key counts as stored only
 * when it names a request with a marker. Only then may a request answer "duplicate" without the database.
 * Anything else sends the event to the database, whose unique index decides: no key, a key of a request still
 * in flight, one that failed, or one that died before its commit (those never get a marker), or Redis down.
 * Such a key is taken over by the new request, so its commit makes the key trustworthy again.
 * So a claim can never lose an event, and Redis being down, flushed or restarted costs only speed. The cost is
 * one write per event and one per request.
 */
@Component
class RedisDedup {

    /** What Redis knows of an event before it is written. */
    enum Seen {
        /** Stored before: a duplicate, no need to ask the database. */
        STORED,
        /** Not known to be stored (claimed now, in flight elsewhere, or Redis unusable): write it. */
        UNKNOWN
    }

    /** One request's claim: its id, and per event what Redis knew. */
    record Claim(TenantId tenant, String requestId, Seen[] seen) {}

    private static final String CLAIM = """
            local marks = {}
            for i, key in ipairs(KEYS) do
              local previous = redis.call('SET', key, ARGV[1], 'NX', 'GET', 'EX', ARGV[2])
              if previous and redis.call('EXISTS', ARGV[3] .. previous) == 1 then
                marks[i] = 's'
              else
                if previous then redis.call('SET', key, ARGV[1], 'EX', ARGV[2]) end
                marks[i] = '-'
              end
            end
            return table.concat(marks)""";
    private static final Duration CLAIM_TIMEOUT = Duration.ofMillis(500);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisLink redis;
    private final String windowSeconds;
    private final SetArgs remember;

    RedisDedup(RedisLink redis, EventsProperties properties) {
        this.redis = redis;
        this.windowSeconds = Long.toString(properties.dedupWindow().toSeconds());
        this.remember = SetArgs.Builder.ex(properties.dedupWindow());
    }

    /** One request's events, all of its tenant: which of them Redis knows to be stored already. */
    Claim claim(TenantId tenant, List<IncomingInteraction> rows) {
        Seen[] seen = new Seen[rows.size()];
        Arrays.fill(seen, Seen.UNKNOWN);
        Claim claim = new Claim(tenant, requestId(), seen);
        if (rows.isEmpty() || !redis.usable()) {
            return claim;
        }
        try {
            String[] keys = new String[rows.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = rows.get(i).redisKey();
            }
            String marks = redis.connect().async().<String>eval(CLAIM, ScriptOutputType.VALUE, keys,
                    claim.requestId(), windowSeconds, markerPrefix(tenant)).get(CLAIM_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS);
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
        return claim;
    }

    /** Marks requests whose rows are committed, so that their keys count as stored; best effort. */
    void markCommitted(List<Claim> claims) {
        if (claims.isEmpty() || !redis.usable()) {
            return;
        }
        try {
            RedisAsyncCommands<String, String> async = redis.connect().async();
            List<RedisFuture<String>> replies = new ArrayList<>(claims.size());
            for (Claim claim : claims) {
                replies.add(async.set(markerPrefix(claim.tenant()) + claim.requestId(), "1", remember));
            }
            LettuceFutures.awaitAll(2, TimeUnit.SECONDS, replies.toArray(new RedisFuture<?>[0]));
        } catch (RuntimeException e) {
            redis.markFailed(e);
        }
    }

    private static String markerPrefix(TenantId tenant) {
        return "dc:{" + tenant + "}:";
    }

    private static String requestId() {
        byte[] id = new byte[9];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
