/**
 * A/B experiments on a placement: their lifecycle draft → running ⇄ paused → completed, deterministic assignment
 * of users to control or variant (no write per user), the statistics of the results, and each placement's default
 * strategy after a winner is promoted.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.experiments;
