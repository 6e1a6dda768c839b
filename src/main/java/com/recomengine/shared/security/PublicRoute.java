package com.recomengine.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * API routes anyone may call without credentials (sign-up, login, password reset). Declared on a controller or on
 * a handler method; a method's declaration wins over its controller's. Every API route declares one of
 * {@link PublicRoute}, {@link RefreshCookieRoute}, {@link AdminRoute} or {@link KeyRoute}: the application refuses
 * to start with a route that declares none.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicRoute {}
