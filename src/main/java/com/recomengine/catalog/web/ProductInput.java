package com.recomengine.catalog.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/** The product a client sends (documentation only: bodies are read and checked field by field). */
@Schema(name = "ProductInput", description = "A product as written by the merchant; unknown fields are refused")
record ProductInput(
        @Schema(
                description = "The merchant's id: 1–256 printable characters; taken from the path for PUT/PATCH",
                example = "85123A",
                maxLength = 256)
        String productId,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 500,
                example = "WHITE HANGING HEART T-LIGHT HOLDER")
        String name,

        @Schema(maxLength = 200, example = "Candles & Lighting")
        String category,

        @Schema(minimum = "0", maximum = "9999999999.9999", description = "at most 4 decimal places", example = "2.55")
        BigDecimal price,

        @Schema(description = "ISO 4217 code", example = "GBP")
        String currency,

        @Schema(
                description = "absolute http(s) URL, at most 2048 characters",
                example = "https://shop.example.com/img/85123A.jpg")
        String imageUrl,

        @Schema(
                description = "absolute http(s) URL, at most 2048 characters",
                example = "https://shop.example.com/p/85123A")
        String url,

        @Schema(description = "JSON object of at most 8 KB, nested at most 5 levels")
        Map<String, Object> attributes,

        @Schema(description = "defaults to true", example = "true")
        Boolean available,

        @Schema(
                description = "older versions never overwrite newer ones; equal is a no-op; stamped with the "
                        + "current time in microseconds when absent",
                example = "1")
        Long dataVersion) {}
