package com.recomengine.demo.web;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /demo/images/{productId}.svg}: the demo catalog's product pictures ({@link ProductArt}), which the demo
 * seeder sets as the products' {@code imageUrl}. Cacheable for a day; 404 for a product the demo catalog lacks.
 */
@Controller
@RequiredArgsConstructor
class DemoImagesController {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final DemoTenant demo;
    private final DemoShelf shelf;

    @GetMapping("/demo/images/{productId}.svg")
    ResponseEntity<String> image(@PathVariable String productId) {
        return demo.current()
                .flatMap(d -> shelf.find(d.tenantId(), productId))
                .map(p -> ResponseEntity.ok()
                        .contentType(SVG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .body(ProductArt.svg(p.productId(), p.name(), p.category())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
