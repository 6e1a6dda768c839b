package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.ModelBuildStatus;
import com.recomengine.shared.TenantId;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The model build queue in {@code reco_state} (V70): which tenant a worker builds next, the lease it holds while it
 * builds, and what happened to the last attempt. Times are PostgreSQL's, so instances with skewed clocks agree on
 * when a lease ran out. Every statement touches one tenant's row or claims one with {@code SKIP LOCKED}, so
 * workers on any number of instances never wait on each other.
 */
@Component
class BuildQueue {

    /** Due and free to claim; its parameters are {@link #dueParameters()}. */
    private static final String DUE = """
            (lease_until IS NULL OR lease_until < now())
            AND (retry_at IS NULL OR retry_at <= now())
            AND (parked_at IS NULL OR parked_at < now() - ? * interval '1 millisecond')
            AND (built_at IS NULL
                 OR (changed_at > built_at AND built_at < now() - ? * interval '1 millisecond')
                 OR (built_at < now() - ? * interval '1 millisecond'
                     AND changed_at > now() - ? * interval '1 millisecond'))""";

    private final JdbcTemplate jdbc;
    private final String owner;
    private final RecommendationsProperties.Builds settings;
    private final Duration interval;
    private final Duration rebuildAfter;
    private final Duration activeWithin;

    BuildQueue(
            JdbcTemplate jdbc,
            RecommendationsProperties properties,
            @Value("${spring.application.name:recomengine}") String application) {
        this.jdbc = jdbc;
        this.owner = application + "@" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.settings = properties.builds();
        this.interval = properties.buildInterval();
        this.rebuildAfter = properties.rebuildAfter();
        this.activeWithin = properties.maxHistory();
    }

    /**
     * This instance's name in leases and in {@code reco_state.built_by}: application name, JVM (pid@host) and a
     * suffix of this application context.
     */
    String owner() {
        return owner;
    }

    /**
     * Claims the stalest due tenant for this instance: never built, changed and last built more than a build
     * interval ago, or active and not rebuilt for {@code rebuild-after}; not leased, not waiting for a
     * retry, not parked.
     */
    Optional<BuildLease> claimNext() {
        UUID token = UUID.randomUUID();
        List<TenantId> claimed = jdbc.query(
                """
                WITH next AS (
                    SELECT tenant_id FROM reco_state
                    WHERE """ + DUE + """
                    ORDER BY built_at NULLS FIRST, changed_at
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                UPDATE reco_state s
                SET lease_owner = ?, lease_token = ?, lease_until = now() + ? * interval '1 millisecond'
                FROM next WHERE s.tenant_id = next.tenant_id
                RETURNING s.tenant_id""",
                (rs, row) -> new TenantId(rs.getObject(1, UUID.class)),
                dueParameters(owner, token, settings.lease().toMillis()));
        return claimed.stream().findFirst().map(tenant -> new BuildLease(tenant, token));
    }

    /** The tenants a worker would claim now, stalest first (without claiming them). */
    List<TenantId> due() {
        return jdbc.query(
                "SELECT tenant_id FROM reco_state WHERE " + DUE + " ORDER BY built_at NULLS FIRST, changed_at",
                (rs, row) -> new TenantId(rs.getObject(1, UUID.class)),
                dueParameters());
    }

    /** Claims this tenant for this instance when no live lease holds it (an admin rebuild, an evaluation). */
    Optional<BuildLease> claim(TenantId tenant) {
        UUID token = UUID.randomUUID();
        int claimed =
                jdbc.update("""
                INSERT INTO reco_state (tenant_id, changed_at, lease_owner, lease_token, lease_until)
                VALUES (?, now(), ?, ?, now() + ? * interval '1 millisecond')
                ON CONFLICT (tenant_id) DO UPDATE
                SET lease_owner = excluded.lease_owner, lease_token = excluded.lease_token,
                    lease_until = excluded.lease_until
                WHERE reco_state.lease_until IS NULL OR reco_state.lease_until < now()""", tenant.value(), owner, token, settings.lease().toMillis());
        return claimed == 1 ? Optional.of(new BuildLease(tenant, token)) : Optional.empty();
    }

    /** Extends the leases still held; answers the tokens that were renewed (a missing one was lost). */
    List<UUID> renew(Collection<UUID> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        UUID[] ids = tokens.toArray(UUID[]::new);
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("""
                            UPDATE reco_state SET lease_until = now() + ? * interval '1 millisecond'
                            WHERE lease_token = ANY(?) RETURNING lease_token""");
                    statement.setLong(1, settings.lease().toMillis());
                    statement.setArray(2, connection.createArrayOf("uuid", ids));
                    return statement;
                },
                (rs, row) -> rs.getObject(1, UUID.class));
    }

    /** Lets go of the lease (after the generation was saved, or when the build gave up). */
    void release(BuildLease lease) {
        jdbc.update(
                "UPDATE reco_state SET lease_owner = NULL, lease_token = NULL, lease_until = NULL"
                        + " WHERE tenant_id = ? AND lease_token = ?",
                lease.tenant().value(),
                lease.token());
    }

    /**
     * Records a failed attempt and lets go of the lease: retried after {@code retry} doubled per earlier failure
     * (at most {@code retry-max}), parked after {@code max-attempts} failures in a row.
     */
    void failed(BuildLease lease, String error) {
        jdbc.update(
                """
                UPDATE reco_state
                SET lease_owner = NULL, lease_token = NULL, lease_until = NULL,
                    attempts = attempts + 1, failed_at = now(), last_error = ?,
                    retry_at = now() + least(? * power(2, attempts), ?) * interval '1 millisecond',
                    parked_at = CASE WHEN attempts + 1 >= ? THEN now() END
                WHERE tenant_id = ? AND lease_token = ?""",
                error.length() > 2_000 ? error.substring(0, 2_000) : error,
                settings.retry().toMillis(),
                settings.retryMax().toMillis(),
                settings.maxAttempts(),
                lease.tenant().value(),
                lease.token());
    }

    Optional<ModelBuildStatus> status(TenantId tenant) {
        return jdbc
                .query(
                        """
                        SELECT built_at, changed_at, lease_until > now(), attempts, failed_at, last_error,
                               CASE WHEN parked_at IS NULL THEN retry_at
                                    ELSE parked_at + ? * interval '1 millisecond' END,
                               parked_at
                        FROM reco_state WHERE tenant_id = ?""",
                        (rs, row) -> new ModelBuildStatus(
                                instant(rs.getObject(1, OffsetDateTime.class)),
                                instant(rs.getObject(2, OffsetDateTime.class)),
                                rs.getBoolean(3),
                                rs.getInt(4),
                                instant(rs.getObject(5, OffsetDateTime.class)),
                                rs.getString(6),
                                instant(rs.getObject(7, OffsetDateTime.class)),
                                rs.getObject(8) != null),
                        settings.parkFor().toMillis(),
                        tenant.value())
                .stream()
                .findFirst();
    }

    private Object[] dueParameters(Object... more) {
        Object[] parameters = new Object[4 + more.length];
        parameters[0] = settings.parkFor().toMillis();
        parameters[1] = interval.toMillis();
        parameters[2] = rebuildAfter.toMillis();
        parameters[3] = activeWithin.toMillis();
        System.arraycopy(more, 0, parameters, 4, more.length);
        return parameters;
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
