package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.platform.ClusterMessages;
import com.recomengine.platform.RedisLink;
import com.recomengine.platform.RedisScript;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * When cached answers stopped being true: a stamp per tenant (its catalog or configuration changed) and per
 * shopper (they did something new). An answer, or a shopper's history read, is valid only if it was started after
 * every stamp that concerns it, so invalidating is one write, whatever the number of cached entries. Stamps live
 * here (consulted by L1 hits, no I/O), in Redis (read with every L2 hit, in the same round trip, so an instance
 * that missed a message still drops what is stale) and travel to the other instances over pub/sub.
 *
 * <p>Stamps and answer times come from {@link #tick()}: milliseconds, strictly increasing on this instance.
 */
@Component
class Invalidations {

    private static final String TENANT = "recommendations.tenant-changed";
    private static final String USERS = "recommendations.users-changed";
    private static final RedisScript<String> STAMP_USERS = RedisScript.status("""
            for _, key in ipairs(KEYS) do redis.call('SET', key, ARGV[1], 'EX', ARGV[2]) end
            return 'OK'""");

    record UserKey(TenantId tenant, String user) {}

    private final RedisLink redis;
    private final ClusterMessages channel;
    private final Duration keep;
    private final AtomicLong clock = new AtomicLong();
    private final ConcurrentHashMap<TenantId, Long> tenants = new ConcurrentHashMap<>();
    private final Cache<UserKey, Long> users;

    Invalidations(RedisLink redis, ClusterMessages channel, RecommendationsProperties properties) {
        this.redis = redis;
        this.channel = channel;
        this.keep = properties.cache().maxAge().plusMinutes(5);
        this.users = Caffeine.newBuilder()
                .maximumSize(2_000_000)
                .expireAfterWrite(keep)
                .build();
        channel.onMessage(TENANT, this::tenantMessage);
        channel.onMessage(USERS, this::usersMessage);
    }

    long tick() {
        long now = System.currentTimeMillis();
        return clock.updateAndGet(last -> Math.max(now, last + 1));
    }

    /** The latest stamp concerning this tenant and (when given) shopper; 0 when nothing was invalidated. */
    long stamp(TenantId tenant, @Nullable String user) {
        long stamp = tenants.getOrDefault(tenant, 0L);
        if (user != null) {
            Long own = users.getIfPresent(new UserKey(tenant, user));
            if (own != null && own > stamp) {
                stamp = own;
            }
        }
        return stamp;
    }

    void tenantChanged(TenantId tenant) {
        long stamp = tick();
        raise(tenant, null, stamp);
        redis.send(pipeline -> pipeline.set(tenantKey(tenant), Long.toString(stamp), keep));
        channel.send(TENANT, List.of(tenant.toString(), Long.toString(stamp)));
    }

    void usersChanged(TenantId tenant, Collection<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        long stamp = tick();
        changed.forEach(user -> raise(tenant, user, stamp));
        if (redis.usable()) {
            // One command for all of them (a flush under load touches thousands of shoppers): one script instead
            // of a SET each saves Redis its per-command work and this side a write and wake-up each.
            String[] keys = new String[changed.size()];
            int i = 0;
            for (String user : changed) {
                keys[i++] = userKey(tenant, user);
            }
            redis.send(pipeline ->
                    pipeline.eval(STAMP_USERS, keys, Long.toString(stamp), Long.toString(keep.toSeconds())));
        }
        List<String> fields = new ArrayList<>(changed.size() + 2);
        fields.add(tenant.toString());
        fields.add(Long.toString(stamp));
        fields.addAll(changed);
        channel.send(USERS, fields);
    }

    /** Takes a stamp learnt elsewhere (Redis, another instance) when it is newer than what is known here. */
    void raise(TenantId tenant, @Nullable String user, long stamp) {
        if (stamp <= 0) {
            return;
        }
        if (user == null) {
            tenants.merge(tenant, stamp, Math::max);
        } else {
            users.asMap().merge(new UserKey(tenant, user), stamp, Math::max);
        }
        clock.accumulateAndGet(stamp, Math::max);
    }

    static String tenantKey(TenantId tenant) {
        return "reco:{" + tenant + "}:stamp";
    }

    static String userKey(TenantId tenant, String user) {
        return "reco:{" + tenant + "}:stamp:" + CacheKeys.encode(user);
    }

    private void tenantMessage(List<String> fields) {
        if (fields.size() >= 2) {
            raise(TenantId.of(fields.get(0)), null, Long.parseLong(fields.get(1)));
        }
    }

    private void usersMessage(List<String> fields) {
        if (fields.size() >= 3) {
            TenantId tenant = TenantId.of(fields.get(0));
            long stamp = Long.parseLong(fields.get(1));
            fields.subList(2, fields.size()).forEach(user -> raise(tenant, user, stamp));
        }
    }
}
