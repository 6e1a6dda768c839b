package com.recomengine.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.events.EventsHttpTest;
import com.recomengine.platform.SchemaChanges;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartitionMaintenanceTests extends EventsHttpTest {

    @Autowired
    PartitionMaintenance maintenance;

    @Autowired
    Partitions partitions;

    @Autowired
    RetentionHorizon horizon;

    @Autowired
    SchemaChanges schema;

    @Test
    void hasPartitionsFromTheRetentionHorizonToMonthsAheadAndNoDefaultPartition() {
        Instant now = Instant.now();
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        YearMonth oldest =
                YearMonth.from(now.minus(Duration.ofDays(horizon.days())).atOffset(ZoneOffset.UTC));

        List<YearMonth> attached = attachedMonths();

        for (YearMonth month = oldest; !month.isAfter(current.plusMonths(3)); month = month.plusMonths(1)) {
            assertThat(attached).contains(month);
        }
        Integer defaults = jdbc.queryForObject("""
                SELECT count(*) FROM pg_partitioned_table WHERE partrelid = 'events'::regclass AND partdefid <> 0""", Integer.class);
        assertThat(defaults).isZero();
    }

    @Test
    void dropsOnlyPartitionsWhollyOlderThanTheRetention() {
        Instant now = Instant.now();
        Instant cutoff = now.minus(Duration.ofDays(horizon.days()));
        YearMonth straddling = YearMonth.from(cutoff.atOffset(ZoneOffset.UTC));
        YearMonth expired = straddling.minusMonths(1);
        YearMonth longExpired = straddling.minusMonths(6);
        partitions.ensure(longExpired, expired);
        jdbc.update(
                "INSERT INTO " + Partitions.nameOf(expired) + " (tenant_id, ts, dedup_key, event_type, user_id) "
                        + "VALUES (gen_random_uuid(), ?, gen_random_uuid(), 'view', 'old')",
                java.sql.Timestamp.from(expired.atDay(2).atStartOfDay().toInstant(ZoneOffset.UTC)));
        // A partition left half detached by an interrupted earlier run is finished too.
        schema.apply("ALTER TABLE events DETACH PARTITION " + Partitions.nameOf(longExpired));

        int dropped = maintenance.dropExpired(now);

        List<YearMonth> remaining = jdbc
                .queryForList(
                        "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname ~ '^events_p[0-9]{6}$'",
                        String.class)
                .stream()
                .map(name -> YearMonth.parse(name.substring(8), java.time.format.DateTimeFormatter.ofPattern("yyyyMM")))
                .toList();
        // The six months from longExpired to expired, plus any older ones other tests left behind.
        assertThat(dropped).isGreaterThanOrEqualTo(6);
        assertThat(remaining).doesNotContain(expired, longExpired, longExpired.plusMonths(3));
        assertThat(remaining).contains(straddling, YearMonth.from(now.atOffset(ZoneOffset.UTC)));
        assertThat(remaining.stream().filter(m -> m.isBefore(straddling))).isEmpty();
    }

    @Test
    void keepsMonthsALongerTenantRetentionStillNeeds() {
        Shop shop = shop();
        var patched = api.patch("/api/v1/tenants/" + shop.tenant(), java.util.Map.of("retentionDays", 400))
                .bearer(shop.admin().accessToken())
                .send();
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        Instant old = Instant.now().minus(Duration.ofDays(300));
        java.util.Map<String, Object> event = view("u1", "p1");
        event.put("timestamp", old.toString());

        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertCounts(sendBatch(shop, List.of(event)), 1, 0, 0));
        maintenance.dropExpired(Instant.now());

        assertThat(horizon.days()).isGreaterThanOrEqualTo(400);
        assertThat(stored(shop)).isEqualTo(1);
        jdbc.update(
                "DELETE FROM event_retention WHERE tenant_id = ?", shop.tenant().value());
    }

    private List<YearMonth> attachedMonths() {
        return partitions.list().stream()
                .filter(Partitions.Partition::attached)
                .map(Partitions.Partition::month)
                .toList();
    }
}
