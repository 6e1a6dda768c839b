@org.jspecify.annotations.NullMarked
package com.recomengine.tenants.internal;
