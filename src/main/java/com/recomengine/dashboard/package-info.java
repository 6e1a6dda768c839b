/** The server-rendered admin UI: pages only, every business rule lives in the other modules. */
@org.jspecify.annotations.NullMarked
package com.recomengine.dashboard;
