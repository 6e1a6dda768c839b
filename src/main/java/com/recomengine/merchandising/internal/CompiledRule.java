package com.recomengine.merchandising.internal;

import com.recomengine.merchandising.RuleAction;
import com.recomengine.merchandising.RuleContext;
import com.recomengine.merchandising.RuleView;
import java.time.Instant;
import java.util.Map;

/** A stored rule with its condition compiled; {@code index} is its place in its tenant's {@link RuleSet}. */
record CompiledRule(int index, RuleView rule, RuleAction action, Conditions.Condition condition) {

    static CompiledRule of(int index, RuleView rule, Conditions conditions) {
        return new CompiledRule(
                index,
                rule,
                RuleAction.fromWire(rule.action()).orElseThrow(),
                conditions.compile("condition", rule.condition()));
    }

    String name() {
        return rule.name();
    }

    /** Enabled, inside its window at {@code now} (from inclusive, to exclusive) and on the context's placement. */
    boolean inForce(Instant now, RuleContext context) {
        return rule.enabled()
                && (rule.activeFrom() == null || !now.isBefore(rule.activeFrom()))
                && (rule.activeTo() == null || now.isBefore(rule.activeTo()))
                && (rule.placements().isEmpty()
                        || (context.placementId() != null && rule.placements().contains(context.placementId())));
    }

    boolean matches(Map<String, Object> fields) {
        return condition.test(fields);
    }

    double factor() {
        return rule.factor() == null ? 1.0 : rule.factor();
    }
}
