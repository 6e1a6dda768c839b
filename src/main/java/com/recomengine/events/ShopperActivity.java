package com.recomengine.events;

import com.recomengine.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One shopper's own interactions, as recommendation serving reads them on a cache miss: what they did lately
 * (which shapes their next answer before the next model build) and what they bought (which is not recommended to
 * them again), and what they were shown (which a placement's rotation demotes). Each call is one statement on the
 * {@code (tenant_id, user_id, event_type)} index.
 */
public interface ShopperActivity {

    /**
     * What a shopper did lately and what they ever bought, read together.
     *
     * @param recent their latest interactions that name a product (impressions excluded), newest first; only {@code
     *     type}, {@code userId}, {@code productId} and {@code timestamp} are filled in
     * @param purchased the distinct products they have a stored purchase of
     */
    record History(List<Interaction> recent, Set<String> purchased) {}

    /** The user's {@link History}: at most {@code limit} recent interactions, and every product they bought. */
    History history(TenantId tenant, String userId, int limit);

    /**
     * The user's latest impressions that name a product, at {@code since} or later, newest first, at most {@code
     * limit}. Only {@code type}, {@code userId}, {@code productId} and {@code timestamp} are filled in.
     */
    List<Interaction> shown(TenantId tenant, String userId, Instant since, int limit);
}
