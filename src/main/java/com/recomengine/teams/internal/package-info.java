@org.jspecify.annotations.NullMarked
package com.recomengine.teams.internal;
