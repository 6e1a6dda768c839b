package com.recomengine.merchandising;

import java.util.List;

/** An item of the arranged list: its score after boosts and buries, and the rules that moved or placed it. */
public record Arranged(String productId, double score, List<String> rules) {

    public Arranged {
        rules = List.copyOf(rules);
    }
}
