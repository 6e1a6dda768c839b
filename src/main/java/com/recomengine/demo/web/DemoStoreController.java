package com.recomengine.demo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The demo store: a home page and product pages of the demo tenant's catalog, with recommendation widgets placed
 * exactly as a merchant places them (the SDK's script tag with the publishable key, marked placements).
 */
@Controller
@RequiredArgsConstructor
class DemoStoreController {

    /** A product as a shop page shows it. */
    record Tile(
            String productId,
            String name,
            @Nullable String category,
            @Nullable String price,
            int hue,
            String initial,
            @Nullable String imageUrl) {}

    private static final int SHELF_SIZE = 12;
    private static final Pattern IMAGE = Pattern.compile("(?:https?://|/(?!/))\\S+");

    private final DemoTenant demo;
    private final DemoShelf shelf;

    @GetMapping("/demo/store")
    String store(Model model) {
        Optional<DemoTenant.Demo> current = demo.current();
        List<Tile> tiles = current.map(d -> shelf.featured(d.tenantId(), SHELF_SIZE)).orElse(List.of()).stream()
                .map(DemoStoreController::tile)
                .toList();
        model.addAttribute(
                "apiKey", current.map(DemoTenant.Demo::publishableKey).orElse(null));
        model.addAttribute("products", tiles);
        return "demo/store";
    }

    @GetMapping("/demo/store/product/{productId}")
    String product(@PathVariable String productId, Model model, HttpServletResponse response) {
        Optional<DemoTenant.Demo> current = demo.current();
        Optional<DemoShelf.Product> product = current.flatMap(d -> shelf.find(d.tenantId(), productId));
        if (product.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute(
                "apiKey", current.map(DemoTenant.Demo::publishableKey).orElse(null));
        model.addAttribute("productId", productId);
        model.addAttribute("product", product.map(DemoStoreController::tile).orElse(null));
        return "demo/product";
    }

    static Tile tile(DemoShelf.Product p) {
        String initial =
                p.name().isBlank() ? "?" : p.name().strip().substring(0, 1).toUpperCase(Locale.ROOT);
        String image = p.imageUrl() != null && IMAGE.matcher(p.imageUrl()).matches() ? p.imageUrl() : null;
        return new Tile(
                p.productId(),
                p.name(),
                p.category(),
                price(p.price(), p.currency()),
                Math.floorMod(p.productId().hashCode() * 47, 360),
                initial,
                image);
    }

    private static @Nullable String price(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return null;
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
            if (currency != null) {
                format.setCurrency(Currency.getInstance(currency));
            }
            return format.format(amount);
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + (currency == null ? "" : " " + currency);
        }
    }
}
