/** Model builds and their storage, serving with its caches, filters, fallbacks and reasons. */
@org.jspecify.annotations.NullMarked
package com.recomengine.recommendations.internal;
