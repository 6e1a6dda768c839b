@org.jspecify.annotations.NullMarked
package com.recomengine.catalog.internal;
