@org.jspecify.annotations.NullMarked
package com.recomengine.apikeys.internal;
