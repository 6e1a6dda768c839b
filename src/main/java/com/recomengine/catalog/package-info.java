/**
 * Catalog: each tenant's products with version-guarded upserts, bulk sync and CSV feeds, full-text search, and the
 * per-tenant set of available products that the recommendation filter reads without a query.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.catalog;
