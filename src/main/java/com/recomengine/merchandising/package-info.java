/**
 * Merchandising: the tenant's rules (exclude, require, boost, bury, pin, promote) with CEL conditions over the
 * candidate item, compiled once per change and applied by the recommendations module after the strategy and before
 * the final cut. Admins manage the rules through {@link com.recomengine.merchandising.MerchandisingRules}; the
 * pipeline reads them through {@link com.recomengine.merchandising.Merchandising}.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.merchandising;
