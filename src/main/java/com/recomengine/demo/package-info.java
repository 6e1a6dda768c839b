/** The demo tenant of a development start: an admin, a store, keys, and (as modules land) real catalog and events. */
@org.jspecify.annotations.NullMarked
package com.recomengine.demo;
