/**
 * The recommendation model core: plain Java with no framework and no I/O. It turns a tenant's interactions and
 * catalog ({@link com.recomengine.recommendations.model.InteractionData}) into servable models (a
 * {@link com.recomengine.recommendations.model.NeighbourTable} or a
 * {@link com.recomengine.recommendations.model.RankedItems}), one {@link com.recomengine.recommendations.model.ModelBuilder}
 * per strategy, and scores users against them ({@link com.recomengine.recommendations.model.Recommender}).
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.recommendations.model;
