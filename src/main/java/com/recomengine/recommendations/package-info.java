/** Recommendations: strategies, model builds, serving with cache, cold start, filters and reasons. */
@org.jspecify.annotations.NullMarked
package com.recomengine.recommendations;
