package com.recomengine.merchandising.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One compilation of a tenant's rules. {@code serial} tells it apart from every other compilation (a change compiles
 * the set anew), so that {@link Verdicts} can remember its outcomes; {@code readsContext} when any condition reads
 * the context, whose outcomes are then remembered per context.
 */
record RuleSet(long serial, List<CompiledRule> rules, boolean readsContext) {

    static final RuleSet EMPTY = new RuleSet(0, List.of(), false);

    private static final AtomicLong SERIALS = new AtomicLong();

    static RuleSet of(List<CompiledRule> rules) {
        return new RuleSet(
                SERIALS.incrementAndGet(),
                List.copyOf(rules),
                rules.stream().anyMatch(r -> r.condition().readsContext()));
    }

    /** Whether both sets compile the same stored rules (the same versions, in the same order). */
    boolean sameRulesAs(RuleSet other) {
        if (rules.size() != other.rules.size()) {
            return false;
        }
        for (int i = 0; i < rules.size(); i++) {
            if (!rules.get(i).rule().equals(other.rules.get(i).rule())) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }
}
