package com.recomengine.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that takes many items in one body (a batch, a batch delete, a feed import): its request body may reach
 * the bulk limit ({@code recomengine.platform.limits.max-bulk-body-bytes}); every other route keeps the default
 * limit.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BulkBody {}
