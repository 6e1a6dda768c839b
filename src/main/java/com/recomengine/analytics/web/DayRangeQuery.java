package com.recomengine.analytics.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an endpoint's optional {@code from} and {@code to} query parameters (read by {@link DayRanges#read}); the
 * handler still binds each with {@code @RequestParam(required = false)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
        name = "from",
        in = ParameterIn.QUERY,
        description = "First day (UTC, yyyy-MM-dd); default 29 days before `to`",
        schema = @Schema(type = "string", format = "date"))
@Parameter(
        name = "to",
        in = ParameterIn.QUERY,
        description = "Last day, included (UTC, yyyy-MM-dd); default today",
        schema = @Schema(type = "string", format = "date"))
@interface DayRangeQuery {}
