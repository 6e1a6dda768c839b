@org.jspecify.annotations.NullMarked
package com.recomengine.merchandising.internal;
