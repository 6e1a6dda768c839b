package com.recomengine.recommendations.internal;

import com.recomengine.shared.TenantId;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The models in PostgreSQL (V30__recommendations.sql). A generation is written with COPY and made current in the
 * same transaction; it is read back in one repeatable-read snapshot. Also the bookkeeping that tells the build job
 * which tenants changed since their last build.
 */
@Component
class ModelStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshot;

    ModelStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.writes = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** What a build tells about itself, stored beside its generation. */
    record BuildFacts(Instant startedAt, long interactions, int users, long buildMillis) {}

    long nextGeneration() {
        Long next = jdbc.queryForObject("SELECT nextval('reco_generation_seq')", Long.class);
        if (next == null) {
            throw new IllegalStateException("reco_generation_seq answered nothing");
        }
        return next;
    }

    /**
     * Writes the generation and makes it the tenant's current one, atomically, provided {@code lease} still holds
     * the tenant: a build whose lease ran out (its instance lost PostgreSQL for longer than the lease) stores
     * nothing, since another instance has the tenant now. Clears the tenant's failure record.
     */
    void save(BuildLease lease, ModelSet models, BuildFacts facts, String builtBy) {
        TenantId tenant = lease.tenant();
        writes.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            GenerationCopy.write(connection, tenant, models, facts);
            // Last, so that a build held up while writing holds no lock on the tenant's queue row.
            try (PreparedStatement current = connection.prepareStatement("""
                    UPDATE reco_state SET generation = ?, built_at = ?, built_by = ?, attempts = 0, failed_at = NULL,
                        last_error = NULL, retry_at = NULL, parked_at = NULL
                    WHERE tenant_id = ? AND lease_token = ?""")) {
                current.setLong(1, models.generation());
                current.setTimestamp(2, Timestamp.from(facts.startedAt()));
                current.setString(3, builtBy);
                current.setObject(4, tenant.value());
                current.setObject(5, lease.token());
                if (current.executeUpdate() == 0) {
                    throw new LeaseLost(tenant);
                }
            }
            return null;
        }));
    }

    /** The build's lease ran out before it could store its generation. */
    static final class LeaseLost extends IllegalStateException {
        LeaseLost(TenantId tenant) {
            super("The build lease of tenant " + tenant + " ran out before its models were stored");
        }
    }

    /** Deletes the tenant's generations older than {@code kept} (readers of them hold their own snapshot). */
    void deleteOlder(TenantId tenant, long kept) {
        writes.executeWithoutResult(status -> {
            for (String table :
                    List.of("reco_packed", "reco_neighbours", "reco_ranked", "reco_items", "reco_generations")) {
                jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ? AND generation < ?", tenant.value(), kept);
            }
        });
    }

    /**
     * The tenant's current generation, read back whole; empty when it has none. One query reads its packed form (one
     * statement is one snapshot); a generation stored before packed rows existed is read from its rows instead.
     */
    Optional<ModelSet> loadCurrent(TenantId tenant) {
        List<ModelSet> packed = jdbc.query(
                """
                SELECT s.generation, g.as_of, p.models FROM reco_state s
                JOIN reco_generations g ON g.tenant_id = s.tenant_id AND g.generation = s.generation
                JOIN reco_packed p ON p.tenant_id = s.tenant_id AND p.generation = s.generation
                WHERE s.tenant_id = ?""",
                (rs, row) ->
                        ModelPacking.unpack(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)),
                tenant.value());
        if (!packed.isEmpty()) {
            return Optional.of(packed.getFirst());
        }
        return loadFromRows(tenant);
    }

    /** The current generation read from its item, neighbour and ranked rows, in one snapshot. */
    Optional<ModelSet> loadFromRows(TenantId tenant) {
        return snapshot.execute(status -> jdbc.execute(
                (ConnectionCallback<Optional<ModelSet>>) connection -> GenerationRows.read(connection, tenant)));
    }

    /** The current generation of each of {@code tenants} that has one. */
    Map<TenantId, Long> generations(Collection<TenantId> tenants) {
        Map<TenantId, Long> generations = new HashMap<>();
        if (tenants.isEmpty()) {
            return generations;
        }
        UUID[] ids = tenants.stream().map(TenantId::value).toArray(UUID[]::new);
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT tenant_id, generation FROM reco_state WHERE tenant_id = ANY(?) AND generation IS NOT NULL");
                    statement.setArray(1, connection.createArrayOf("uuid", ids));
                    return statement;
                },
                rs -> {
                    generations.put(new TenantId(rs.getObject(1, UUID.class)), rs.getLong(2));
                });
        return generations;
    }

    /** Records when these tenants' interactions or catalog last changed: their models are due for a build. */
    void markChanged(Map<TenantId, Instant> changes) {
        List<Map.Entry<TenantId, Instant>> sorted = changes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(TenantId::value)))
                .toList();
        UUID[] ids = sorted.stream().map(e -> e.getKey().value()).toArray(UUID[]::new);
        Timestamp[] times =
                sorted.stream().map(e -> Timestamp.from(e.getValue())).toArray(Timestamp[]::new);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO reco_state (tenant_id, changed_at)
                    SELECT id, at FROM unnest(?::uuid[], ?::timestamptz[]) AS t(id, at)
                    ON CONFLICT (tenant_id) DO UPDATE SET changed_at = greatest(reco_state.changed_at, excluded.changed_at)""");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("timestamptz", times));
            return statement;
        });
    }

    void purge(TenantId tenant) {
        writes.executeWithoutResult(status -> {
            for (String table : List.of(
                    "reco_packed", "reco_neighbours", "reco_ranked", "reco_items", "reco_generations", "reco_state")) {
                jdbc.update("DELETE FROM " + table + " WHERE tenant_id = ?", tenant.value());
            }
        });
    }
}
