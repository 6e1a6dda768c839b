@org.jspecify.annotations.NullMarked
package com.recomengine.identity.internal;
