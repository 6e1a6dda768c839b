package com.recomengine.recommendations.model;

/**
 * A recommendation strategy's build: a small named policy that turns a tenant's interactions and catalog into a
 * servable model. Builds are pure functions of their input (no clock, no I/O), so the scheduled job decides when
 * to run them and where to keep the result, and tests can pin their answers.
 */
public interface ModelBuilder {

    /** The strategy's name as tenants and placements spell it, e.g. {@code collaborative}. */
    String name();

    ItemModel build(InteractionData data);
}
