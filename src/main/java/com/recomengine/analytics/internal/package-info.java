@org.jspecify.annotations.NullMarked
package com.recomengine.analytics.internal;
