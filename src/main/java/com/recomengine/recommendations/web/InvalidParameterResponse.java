package com.recomengine.recommendations.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the 400 of a recommendation read whose query parameter is invalid. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
        responseCode = "400",
        description = "a parameter is invalid (named in errors[].field)",
        content = @Content(mediaType = "application/problem+json"))
@interface InvalidParameterResponse {}
