package com.recomengine.merchandising.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.catalog.ProductSummary;
import com.recomengine.merchandising.Arranged;
import com.recomengine.merchandising.Candidate;
import com.recomengine.merchandising.RuleContext;
import com.recomengine.merchandising.RuleView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Validity windows, priorities and remembered outcomes, on a fixed clock and a known pool. */
class RuleWindowTest {

    private static final Instant OPENS = Instant.parse("2026-12-24T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-27T00:00:00Z");
    private static final RuleContext HOME = new RuleContext("home", true);
    private final Conditions conditions = new Conditions();
    private final Verdicts verdicts = new Verdicts(1_000);
    private int next;

    @Test
    void aRuleDoesNothingBeforeItsWindowAndTakesEffectWhenItOpensUntilItCloses() {
        CompiledRule christmas = rule("Christmas", "exclude", "item.category == \"Candles\"", 100, OPENS, CLOSES);
        assertThat(inForceAt(christmas, Clock.fixed(OPENS.minusMillis(1), ZoneOffset.UTC)))
                .isFalse();
        assertThat(inForceAt(christmas, Clock.fixed(OPENS, ZoneOffset.UTC))).isTrue();
        assertThat(inForceAt(christmas, Clock.fixed(CLOSES.minusMillis(1), ZoneOffset.UTC)))
                .isTrue();
        assertThat(inForceAt(christmas, Clock.fixed(CLOSES, ZoneOffset.UTC))).isFalse();
    }

    @Test
    void theHigherPriorityPinTakesThePositionAndTheOtherMovesToTheNextFreeOne() {
        CompiledRule first = pin("First", "b", 1, 10);
        CompiledRule second = pin("Second", "c", 1, 20);
        ActiveRules rules = active(HOME, first, second);
        List<Arranged> arranged =
                rules.arrange(pool("a", "b", "c", "d"), Map.of("b", product("b"), "c", product("c")), 3);
        assertThat(arranged).extracting(Arranged::productId).containsExactly("b", "c", "a");
        assertThat(arranged.get(1).rules()).containsExactly("Second");
    }

    @Test
    void boostsAndBuriesOfTheSameItemMultiply() {
        ActiveRules rules = active(
                HOME,
                rule("Up", "boost", "item.productId == \"d\"", 100, null, null, 4.0),
                rule("Down", "bury", "item.productId == \"d\"", 100, null, null, 0.5));
        List<Arranged> arranged = rules.arrange(pool("a", "b", "c", "d"), Map.of(), 4);
        // d: 1.0 × 4 × 0.5 = 2.0, between b (3.0) and c (2.0, earlier in the strategy's order).
        assertThat(arranged).extracting(Arranged::productId).containsExactly("a", "b", "c", "d");
        assertThat(arranged.get(3).score()).isEqualTo(2.0);
        assertThat(arranged.get(3).rules()).containsExactly("Up", "Down");
    }

    @Test
    void anOutcomeIsRememberedPerProductAndJudgedAnewWhenTheProductChanges() {
        java.util.concurrent.atomic.AtomicInteger evaluations = new java.util.concurrent.atomic.AtomicInteger();
        CompiledRule expensive = rule("Over 10", "exclude", "item.price > 10.0", 100, null, null);
        CompiledRule counted =
                new CompiledRule(expensive.index(), expensive.rule(), expensive.action(), new Conditions.Condition() {
                    @Override
                    public boolean test(Map<String, Object> fields) {
                        evaluations.incrementAndGet();
                        return expensive.condition().test(fields);
                    }

                    @Override
                    public boolean readsContext() {
                        return false;
                    }
                });
        ProductSummary cheap = product("a");
        ProductSummary dearer = new ProductSummary(
                "a", "Product a", "Home", new BigDecimal("12"), "GBP", null, null, true, "{}", OPENS);
        RuleSet set = RuleSet.of(List.of(counted));
        for (int request = 0; request < 3; request++) {
            assertThat(new ActiveRules(set, set.rules(), HOME, verdicts).admits(cheap))
                    .isTrue();
        }
        assertThat(evaluations).hasValue(1);
        assertThat(new ActiveRules(set, set.rules(), HOME, verdicts).admits(dearer))
                .isFalse();
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void aConditionOverTheContextIsJudgedPerContext() {
        CompiledRule homeOnly = rule(
                "Not on home",
                "exclude",
                "context.placementId == \"home\" && item.category == \"Home\"",
                100,
                null,
                null);
        assertThat(homeOnly.condition().readsContext()).isTrue();
        assertThat(rule("Any", "exclude", "item.category == \"Home\"", 100, null, null)
                        .condition()
                        .readsContext())
                .isFalse();
        ProductSummary a = product("a");
        RuleContext cart = new RuleContext("cart", true);
        RuleSet set = RuleSet.of(List.of(homeOnly));
        assertThat(set.readsContext()).isTrue();
        assertThat(new ActiveRules(set, set.rules(), HOME, verdicts).admits(a)).isFalse();
        assertThat(new ActiveRules(set, set.rules(), cart, verdicts).admits(a)).isTrue();
        assertThat(new ActiveRules(set, set.rules(), HOME, verdicts).admits(a)).isFalse();
    }

    private ActiveRules active(RuleContext context, CompiledRule... rules) {
        RuleSet set = RuleSet.of(List.of(rules));
        return new ActiveRules(set, set.rules(), context, verdicts);
    }

    private boolean inForceAt(CompiledRule rule, Clock clock) {
        return rule.inForce(clock.instant(), HOME);
    }

    /** a, b, c, d … scored 4, 3, 2, 1 … */
    private static List<Candidate> pool(String... ids) {
        return java.util.stream.IntStream.range(0, ids.length)
                .mapToObj(i -> new Candidate(product(ids[i]), ids.length - i))
                .toList();
    }

    private static ProductSummary product(String id) {
        return new ProductSummary(
                id, "Product " + id, "Home", new BigDecimal("9.5"), "GBP", null, null, true, "{}", OPENS);
    }

    private CompiledRule pin(String name, String productId, int position, int priority) {
        return CompiledRule.of(
                next++,
                new RuleView(
                        UUID.randomUUID(),
                        name,
                        List.of(),
                        "true",
                        "pin",
                        null,
                        productId,
                        position,
                        null,
                        null,
                        null,
                        true,
                        priority,
                        OPENS,
                        OPENS),
                conditions);
    }

    private CompiledRule rule(
            String name, String action, String condition, int priority, @Nullable Instant from, @Nullable Instant to) {
        return rule(name, action, condition, priority, from, to, null);
    }

    private CompiledRule rule(
            String name,
            String action,
            String condition,
            int priority,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Double factor) {
        return CompiledRule.of(
                next++,
                new RuleView(
                        UUID.randomUUID(),
                        name,
                        List.of(),
                        condition,
                        action,
                        factor,
                        null,
                        null,
                        null,
                        from,
                        to,
                        true,
                        priority,
                        OPENS,
                        OPENS),
                conditions);
    }
}
