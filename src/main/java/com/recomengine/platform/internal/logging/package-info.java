@org.jspecify.annotations.NullMarked
package com.recomengine.platform.internal.logging;
