package com.recomengine.platform;

/**
 * A module's own line in {@code /ready} (for example the events spool's backlog). It informs; it never turns an
 * instance out of the load balancer, which only PostgreSQL and Redis decide.
 */
public interface ReadinessCheck {

    /** The key under {@code checks}. */
    String name();

    /** What to show; computed on each call to {@code /ready}, so it must be cheap. */
    Object state();
}
