package com.recomengine.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.GiftShop;
import com.recomengine.recommendations.RecommendationsHttpTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Models live in PostgreSQL: a restarted instance serves the stored generation at once, identical to the built one. */
class StoredModelsTest extends RecommendationsHttpTest {

    @Autowired
    ServedModels served;

    @Autowired
    ModelStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRestartedInstanceServesTheStoredGenerationAtOnce() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        JsonNode build = rebuild(shop);
        ModelSet built = served.current(shop.tenant());
        List<String> before = ids(recommend(shop, "userId=alice&limit=6"));

        served.forget(shop.tenant());
        ModelSet loaded = store.loadCurrent(shop.tenant()).orElseThrow();
        assertSame(loaded, store.loadFromRows(shop.tenant()).orElseThrow());
        assertSame(built, loaded);
        // A generation stored before packed rows existed is read from its rows.
        jdbc.update("DELETE FROM reco_packed WHERE tenant_id = ?", shop.tenant().value());
        assertSame(built, store.loadCurrent(shop.tenant()).orElseThrow());

        assertThat(loaded.generation())
                .isEqualTo(built.generation())
                .isEqualTo(build.get("generation").asLong());
        assertThat(loaded.sizes()).isEqualTo(built.sizes());
        for (Strategy strategy :
                List.of(Strategy.COLLABORATIVE, Strategy.CONTENT_BASED, Strategy.FREQUENTLY_BOUGHT_TOGETHER)) {
            var a = built.neighbours(strategy).table();
            var b = loaded.neighbours(strategy).table();
            for (int item = 0; item < built.items().size(); item++) {
                assertThat(b.count(item)).isEqualTo(a.count(item));
                for (int r = 0; r < a.count(item); r++) {
                    assertThat(b.neighbour(item, r)).isEqualTo(a.neighbour(item, r));
                    assertThat(b.weight(item, r)).isEqualTo(a.weight(item, r));
                }
            }
        }
        assertThat(ids(recommend(shop, "userId=alice&limit=6&category=Kitchen")))
                .isNotEmpty();
        assertThat(served.loadedGeneration(shop.tenant())).isEqualTo(built.generation());
        assertThat(ids(recommend(shop, "userId=alice&limit=7")).subList(0, 6)).isEqualTo(before);
    }

    /** The same dictionary, neighbour tables and ranked lists (as stored: weights and scores as floats). */
    private static void assertSame(ModelSet expected, ModelSet actual) {
        assertThat(actual.generation()).isEqualTo(expected.generation());
        assertThat(actual.sizes()).isEqualTo(expected.sizes());
        for (int i = 0; i < expected.items().size(); i++) {
            assertThat(actual.items().id(i)).isEqualTo(expected.items().id(i));
        }
        for (Strategy strategy : Strategy.values()) {
            var ranked = expected.ranked(strategy);
            if (ranked != null) {
                var other = actual.ranked(strategy);
                assertThat(other).as(strategy.wireName()).isNotNull();
                assertThat(other.size()).isEqualTo(ranked.size());
                for (int r = 0; r < ranked.size(); r++) {
                    assertThat(other.item(r)).isEqualTo(ranked.item(r));
                    assertThat(other.score(r)).isEqualTo(ranked.score(r));
                }
            }
            var neighbours = expected.neighbours(strategy);
            if (neighbours != null) {
                var a = neighbours.table();
                assertThat(actual.neighbours(strategy)).as(strategy.wireName()).isNotNull();
                var b = actual.neighbours(strategy).table();
                for (int item = 0; item < expected.items().size(); item++) {
                    assertThat(b.count(item)).isEqualTo(a.count(item));
                    for (int r = 0; r < a.count(item); r++) {
                        assertThat(b.neighbour(item, r)).isEqualTo(a.neighbour(item, r));
                        assertThat(b.weight(item, r)).isEqualTo(a.weight(item, r));
                    }
                }
            }
        }
    }

    @Test
    void aNewGenerationReplacesTheOldOneWhole() {
        Shop shop = openShop();
        sendCatalog(shop, GiftShop.catalog());
        sendEvents(shop, GiftShop.history(Instant.now()));
        long first = rebuild(shop).get("generation").asLong();
        long second = rebuild(shop).get("generation").asLong();
        assertThat(second).isGreaterThan(first);
        assertThat(jdbc.queryForObject(
                        "SELECT generation FROM reco_state WHERE tenant_id = ?",
                        Long.class,
                        shop.tenant().value()))
                .isEqualTo(second);
        for (String table :
                List.of("reco_packed", "reco_items", "reco_neighbours", "reco_ranked", "reco_generations")) {
            assertThat(jdbc.queryForList(
                            "SELECT DISTINCT generation FROM " + table + " WHERE tenant_id = ?",
                            Long.class,
                            shop.tenant().value()))
                    .as(table)
                    .containsExactly(second);
        }
    }
}
