/** Tenants (merchant stores): their owner, configuration and lifecycle active → suspended → active, deleted. */
@org.jspecify.annotations.NullMarked
package com.recomengine.tenants;
