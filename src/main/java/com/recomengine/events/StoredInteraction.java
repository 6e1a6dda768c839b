package com.recomengine.events;

import java.time.Instant;

/** An interaction with the moment the store accepted it (its own {@code timestamp} is the shopper's clock). */
public record StoredInteraction(Interaction interaction, Instant storedAt) {}
