package com.recomengine.events.internal;

import com.recomengine.platform.RedisLink;
import com.recomengine.platform.RedisPipeline.Reply;
import com.recomengine.platform.RedisScript;
import com.recomengine.shared.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private static final RedisScript<String> CLAIM = RedisScript.text("""
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
            return table.concat(marks)""");
    private static final Duration CLAIM_TIMEOUT = Duration.ofMillis(500);
    private static final Duration MARK_TIMEOUT = Duration.ofSeconds(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisLink redis;
    private final String windowSeconds;
    private final Duration remember;

    RedisDedup(RedisLink redis, EventsProperties properties) {
        this.redis = redis;
        this.windowSeconds = Long.toString(properties.dedupWindow().toSeconds());
        this.remember = properties.dedupWindow();
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
        List<String> marks = redis.pipelineAndRead(CLAIM_TIMEOUT, pipeline -> {
                    List<Reply<String>> replies = new ArrayList<>(claims.size());
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
                                        : pipeline.eval(
                                                CLAIM,
                                                keys,
                                                claim.requestId(),
                                                windowSeconds,
                                                markerPrefix(claim.tenant())));
                    }
                    return () -> {
                        List<String> answers = new ArrayList<>(replies.size());
                        replies.forEach(
                                reply -> answers.add(reply == null ? "" : Objects.requireNonNullElse(reply.get(), "")));
                        return answers;
                    };
                })
                .orElse(List.of());
        // Without an answer (Redis absent, paused, failing or late) every event is UNKNOWN: the database decides.
        for (int c = 0; c < marks.size(); c++) {
            Seen[] seen = claims.get(c).seen();
            String claimed = marks.get(c);
            for (int i = 0; i < seen.length && i < claimed.length(); i++) {
                seen[i] = claimed.charAt(i) == 's' ? Seen.STORED : Seen.UNKNOWN;
            }
        }
        return claims;
    }

    /** Marks claims whose rows are committed, so that their keys count as stored; best effort. */
    void markCommitted(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        redis.pipeline(MARK_TIMEOUT, pipeline -> {
            for (Claim claim : claims) {
                pipeline.set(markerPrefix(claim.tenant()) + claim.requestId(), "1", remember);
            }
        });
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
