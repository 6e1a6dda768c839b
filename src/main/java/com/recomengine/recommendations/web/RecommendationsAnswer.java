package com.recomengine.recommendations.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the 200 of an endpoint answering one list of recommendations: the handler returns the JSON as bytes, so
 * its schema is named here.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
        responseCode = "200",
        content =
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(implementation = RecommendationsResponse.class)))
@interface RecommendationsAnswer {}
