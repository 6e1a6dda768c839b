@org.jspecify.annotations.NullMarked
package com.recomengine.widgets.internal;
