@org.jspecify.annotations.NullMarked
package com.recomengine.audit.internal;
