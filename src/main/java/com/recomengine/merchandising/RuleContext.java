package com.recomengine.merchandising;

import org.jspecify.annotations.Nullable;

/** What a condition's {@code context} holds: the placement asked for and whether the shopper is known. */
public record RuleContext(@Nullable String placementId, boolean userKnown) {}
