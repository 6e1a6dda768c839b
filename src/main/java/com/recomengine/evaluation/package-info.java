/**
 * Evaluation and demo tooling over the UCI Online Retail data set: the data set's product table imported through
 * the catalog's CSV feed (for the demo tenant and {@code make eval}), and {@code make eval}'s offline evaluation run
 * through the real application. Nothing of production depends on it.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.evaluation;
