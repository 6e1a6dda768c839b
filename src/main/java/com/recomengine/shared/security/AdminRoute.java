package com.recomengine.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * API routes that take an admin access token ({@code Authorization: Bearer}); whether the admin may act for the
 * tenant is the handler's check (see {@link PublicRoute}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AdminRoute {}
