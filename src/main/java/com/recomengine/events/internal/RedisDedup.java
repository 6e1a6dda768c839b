package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import com.recomengine.shared.TenantId;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The fast path of idempotency. Each event has a key ({@link IncomingInteraction#redisKey()}, the tenant as hash
 * tag) and each claim an id. The group-commit writer claims all keys of a flush in one round trip, one claim per
 * tenant: one script runs {@code SET key <claim id> NX GET EX 86400} per key. After the flush's rows are
 * committed, one marker {@code dc:{tenant}:<claim id>} is set for the same day, off the answer's path. A key counts
 * as stored only when it names a claim with a marker. Only then is an event a duplicate without the database.
 * Anything else sends the event to the database, whose unique index decides: no key, a key of a claim still in
 * flight, one that failed, or one that died before its commit (those never get a marker), or Redis down. Such a
 * key is taken over by the new claim, so its commit makes the key trustworthy again. So a claim can never lose an
 * event, and Redis being down, flushed or restarted costs only speed. The cost is one write per event and one per
 * flush and tenant.
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

    /** One claim: its id, and per event what Redis knew. */
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

    /** Events of one tenant: which of them Redis knows to be stored already. */
    Claim claim(TenantId tenant, List<IncomingInteraction> rows) {
        return claim(Map.of(tenant, rows)).getFirst();
    }

    /**
     * Every tenant's events of one flush, one claim (and one script) per tenant, all sent before any answer is
     * awaited: one round trip for the whole flush. A claim's {@code seen} follows the order of its tenant's rows.
     */
    List<Claim> claim(Map<TenantId, List<IncomingInteraction>> rowsByTenant) {
        List<Claim> claims = new ArrayList<>(rowsByTenant.size());
        List<List<IncomingInteraction>> lists = new ArrayList<>(rowsByTenant.size());
        rowsByTenant.forEach((tenant, rows) -> {
            Seen[] seen = new Seen[rows.size()];
            Arrays.fill(seen, Seen.UNKNOWN);
            claims.add(new Claim(tenant, requestId(), seen));
            lists.add(rows);
        });
        if (!redis.usable()) {
            return claims;
        }
        try {
            RedisClusterAsyncCommands<String, String> async = redis.connect().async();
            List<RedisFuture<String>> replies = new ArrayList<>(claims.size());
            for (int c = 0; c < claims.size(); c++) {
                List<IncomingInteraction> rows = lists.get(c);
                String[] keys = new String[rows.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = rows.get(i).redisKey();
                }
                Claim claim = claims.get(c);
                replies.add(
                        keys.length == 0
                                ? null
                                : async.eval(
                                        CLAIM,
                                        ScriptOutputType.VALUE,
                                        keys,
                                        claim.requestId(),
                                        windowSeconds,
                                        markerPrefix(claim.tenant())));
            }
            long deadline = System.nanoTime() + CLAIM_TIMEOUT.toNanos();
            for (int c = 0; c < claims.size(); c++) {
                if (replies.get(c) == null) {
                    continue;
                }
                String marks = replies.get(c).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                Seen[] seen = claims.get(c).seen();
                for (int i = 0; i < seen.length && i < marks.length(); i++) {
                    seen[i] = marks.charAt(i) == 's' ? Seen.STORED : Seen.UNKNOWN;
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            redis.markFailed(e);
            claims.forEach(claim -> Arrays.fill(claim.seen(), Seen.UNKNOWN));
        }
        return claims;
    }

    /** Marks claims whose rows are committed, so that their keys count as stored; best effort. */
    void markCommitted(List<Claim> claims) {
        if (claims.isEmpty() || !redis.usable()) {
            return;
        }
        try {
            RedisClusterAsyncCommands<String, String> async = redis.connect().async();
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
