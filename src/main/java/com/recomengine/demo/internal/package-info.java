@org.jspecify.annotations.NullMarked
package com.recomengine.demo.internal;
